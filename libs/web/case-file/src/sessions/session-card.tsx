import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { SessionDetailsFragment } from "@bridgeway/web-graphql";
import { FormDialog, useFormatters } from "@bridgeway/web-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  SessionChangeForm,
  type SessionChangeMode,
} from "./session-change-form";
import { SessionHistory } from "./session-history";

/**
 * One counselling session; its notes only where the API returned them (`notesVisible`).
 * A withdrawn session stays, struck through with the reason; its counsellor or a manager may
 * correct or withdraw it for a while after logging it (`changeable`), and see its history.
 */
export function SessionCard({ session }: { session: SessionDetailsFragment }) {
  const { t } = useTranslation("case-file");
  const format = useFormatters();
  const [dialog, setDialog] = useState<SessionChangeMode | "history" | null>(
    null,
  );
  const struck = session.withdrawn
    ? { textDecoration: "line-through" }
    : undefined;
  const date = format.date(session.occurredOn);
  const structured = [
    { id: "hopes", label: t("sessions.fields.hopes"), text: session.hopes },
    {
      id: "resources",
      label: t("sessions.fields.resources"),
      text: session.resources,
    },
    {
      id: "usefulExperience",
      label: t("sessions.fields.usefulExperience"),
      text: session.usefulExperience,
    },
    {
      id: "nextStep",
      label: t("sessions.fields.nextStep"),
      text: session.nextStep,
    },
  ].filter((part) => part.text);

  return (
    <Paper withBorder p="sm" component="li" data-testid="session-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700} style={struck}>
            {date}
          </Text>
          <Group gap={6}>
            <Badge variant="outline" color="indigo.7">
              {t(`sessionKind.${session.kind}`)}
            </Badge>
            <Text size="sm" style={struck}>
              {format.minutes(session.durationMinutes)}
            </Text>
          </Group>
        </Group>
        {session.withdrawal && (
          <Text size="sm" fw={600} c="red.8" data-testid="session-withdrawn">
            {t("sessions.change.withdrawnNote", {
              name: session.withdrawal.by?.displayName ?? t("unknownUser"),
              date: format.date(session.withdrawal.at.slice(0, 10)),
              reason: session.withdrawal.reason,
            })}
          </Text>
        )}
        <Text size="sm" c="gray.7">
          {t("sessions.with", {
            name: session.counsellor?.displayName ?? t("unknownUser"),
          })}
        </Text>
        {session.domains.length > 0 && (
          <Group gap={4} aria-label={t("sessions.domains")}>
            {session.domains.map((domain) => (
              <Badge key={domain} size="sm" variant="outline" color="gray.7">
                {t(`goalDomain.${domain}`)}
              </Badge>
            ))}
          </Group>
        )}
        {session.notesVisible ? (
          <>
            {session.notes && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {session.notes}
              </Text>
            )}
            {structured.map((part) => (
              <Text key={part.id} size="sm">
                <Text span fw={600}>
                  {part.label}:
                </Text>{" "}
                {part.text}
              </Text>
            ))}
          </>
        ) : (
          <Text size="sm" c="gray.7" fs="italic">
            {t("sessions.notesHidden")}
          </Text>
        )}
        {(session.changeable || session.notesVisible) && (
          <Group gap="xs">
            {session.changeable && (
              <>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setDialog("correct")}
                  aria-label={`${t("sessions.change.correct")} – ${date}`}
                >
                  {t("sessions.change.correct")}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  color="red"
                  onClick={() => setDialog("withdraw")}
                  aria-label={`${t("sessions.change.withdraw")} – ${date}`}
                >
                  {t("sessions.change.withdraw")}
                </Button>
              </>
            )}
            {session.version > 1 && (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setDialog("history")}
                aria-label={`${t("sessions.change.history")} – ${date}`}
              >
                {t("sessions.change.history")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <FormDialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? t(`sessions.change.${dialog}Title`, { date }) : ""}
      >
        {dialog === "history" ? (
          <SessionHistory sessionId={session.id} />
        ) : dialog ? (
          <SessionChangeForm
            session={session}
            mode={dialog}
            onDone={() => setDialog(null)}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </FormDialog>
    </Paper>
  );
}
