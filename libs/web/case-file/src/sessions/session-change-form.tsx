import {
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useMutation } from "@apollo/client/react";
import { SESSION_CHANGE_REASON_MAX } from "@bridgeway/shared-domain";
import {
  CorrectCounsellingSessionDocument,
  WithdrawCounsellingSessionDocument,
  type SessionDetailsFragment,
  type SessionKind,
} from "@bridgeway/web-graphql";
import {
  ProblemAlert,
  dateFieldCode,
  submissionFailureOf,
  todayIsoDate,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
  type FieldErrors,
} from "@bridgeway/web-components";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormButtons } from "../forms/form-buttons";
import { DomainCheckboxes } from "./domain-checkboxes";
import { maxSessionNotesLength, sessionMinutes } from "./session-draft";
import { sessionKinds } from "./session-kinds";

export type SessionChangeMode = "correct" | "withdraw";

type ChangeField = "occurredOn" | "durationMinutes" | "notes" | "reason";
/** The fields with a place for a message; any other refusal shows as a problem above the form. */
const changeFields: readonly ChangeField[] = [
  "occurredOn",
  "durationMinutes",
  "notes",
  "reason",
];

interface Draft {
  occurredOn: string;
  durationMinutes: number | string;
  kind: SessionKind;
  domains: SessionDetailsFragment["domains"];
  notes: string;
  reason: string;
}

/** The form's own checks (the API checks the same and more: dates before the resident, the time window). */
function validate(
  draft: Draft,
  mode: SessionChangeMode,
  today: string,
  notesShown: boolean,
): FieldErrors<ChangeField> {
  const errors: FieldErrors<ChangeField> = {};
  if (!draft.reason.trim()) errors.reason = "required";
  else if (draft.reason.trim().length > SESSION_CHANGE_REASON_MAX)
    errors.reason = "tooLong";
  if (mode === "withdraw") return errors;
  const date = dateFieldCode(draft.occurredOn, today);
  if (date) errors.occurredOn = date;
  const minutes = draft.durationMinutes;
  if (
    typeof minutes !== "number" ||
    !Number.isInteger(minutes) ||
    minutes < sessionMinutes.min ||
    minutes > sessionMinutes.max
  ) {
    errors.durationMinutes = "minutesRange";
  }
  if (draft.notes.length > maxSessionNotesLength) errors.notes = "tooLong";
  // A session says something: notes or a domain (notes the viewer cannot read stay as they are).
  if (notesShown && !draft.notes.trim() && draft.domains.length === 0)
    errors.notes = "required";
  return errors;
}

/**
 * Corrects or withdraws one session, always with a reason (kept in the session's history).
 * Field errors go as soon as the field is valid; what was typed stays if saving fails.
 */
export function SessionChangeForm({
  session,
  mode,
  onDone,
  onCancel,
}: {
  session: SessionDetailsFragment;
  mode: SessionChangeMode;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation("case-file");
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const today = todayIsoDate();
  const notesShown = session.notesVisible;
  const [draft, setDraft] = useState<Draft>({
    occurredOn: session.occurredOn,
    durationMinutes: session.durationMinutes,
    kind: session.kind,
    domains: [...session.domains],
    notes: session.notes ?? "",
    reason: "",
  });
  const [errors, setErrors] = useState<FieldErrors<ChangeField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The resident's minutes and the figures change too: the page's queries are read again.
  const options = {
    refetchQueries: "active" as const,
    awaitRefetchQueries: true,
  };
  const [correct, correcting] = useMutation(
    CorrectCounsellingSessionDocument,
    options,
  );
  const [withdraw, withdrawing] = useMutation(
    WithdrawCounsellingSessionDocument,
    options,
  );

  const set = <Field extends keyof Draft>(
    field: Field,
    value: Draft[Field],
  ) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // Shown errors go as soon as their field is valid; new ones wait for the next submit.
    const now = validate(next, mode, today, notesShown);
    setErrors(
      (current) =>
        Object.fromEntries(
          Object.entries(current).filter(([key]) => now[key as ChangeField]),
        ) as FieldErrors<ChangeField>,
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft, mode, today, notesShown);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const reason = draft.reason.trim();
    try {
      if (mode === "withdraw")
        await withdraw({ variables: { input: { id: session.id, reason } } });
      else {
        await correct({
          variables: {
            input: {
              id: session.id,
              expectedVersion: session.version,
              reason,
              occurredOn: draft.occurredOn,
              durationMinutes: draft.durationMinutes as number,
              kind: draft.kind,
              domains: draft.domains,
              // Notes the viewer cannot read are left untouched.
              ...(notesShown ? { notes: draft.notes.trim() } : {}),
            },
          },
        });
      }
      onDone();
    } catch (error) {
      const failure = submissionFailureOf(error, changeFields);
      if (failure.kind === "fields") setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  const saving = correcting.loading || withdrawing.loading;
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-busy={saving}
      aria-label={t(`sessions.change.${mode}Title`, { date: format.date(session.occurredOn) })}
    >
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        {mode === "withdraw" ? (
          <Text size="sm">{t("sessions.change.withdrawExplain")}</Text>
        ) : (
          <>
            <TextInput
              type="date"
              label={t("sessions.fields.occurredOn")}
              required
              max={today}
              value={draft.occurredOn}
              onChange={(event) => set("occurredOn", event.currentTarget.value)}
              error={validationMessage(errors.occurredOn)}
            />
            <NumberInput
              label={t("sessions.fields.durationMinutes")}
              required
              min={sessionMinutes.min}
              max={sessionMinutes.max}
              allowDecimal={false}
              clampBehavior="none"
              value={draft.durationMinutes}
              onChange={(value) => set("durationMinutes", value)}
              error={validationMessage(errors.durationMinutes)}
            />
            <NativeSelect
              label={t("sessions.fields.kind")}
              value={draft.kind}
              onChange={(event) =>
                set("kind", event.currentTarget.value as SessionKind)
              }
            >
              {sessionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`sessionKind.${kind}`)}
                </option>
              ))}
            </NativeSelect>
            <DomainCheckboxes
              value={draft.domains}
              onChange={(domains) => set("domains", domains)}
            />
            {notesShown && (
              <Textarea
                label={t("sessions.fields.notes")}
                description={t("sessions.change.notesOrDomain")}
                autosize
                minRows={3}
                value={draft.notes}
                onChange={(event) => set("notes", event.currentTarget.value)}
                error={validationMessage(errors.notes, {
                  max: maxSessionNotesLength,
                })}
              />
            )}
          </>
        )}
        <Textarea
          label={t("sessions.change.reason")}
          description={t("sessions.change.reasonDescription")}
          required
          withAsterisk
          autosize
          minRows={2}
          value={draft.reason}
          onChange={(event) => set("reason", event.currentTarget.value)}
          error={validationMessage(errors.reason, {
            max: SESSION_CHANGE_REASON_MAX,
          })}
        />
        <FormButtons
          submitLabel={t(`sessions.change.${mode}Submit`)}
          saving={saving}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
