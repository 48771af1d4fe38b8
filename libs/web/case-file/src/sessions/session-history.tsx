import { Loader, Stack } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import {
  SessionRevisionsDocument,
  type SessionRevisionsQuery,
} from "@bridgeway/web-graphql";
import {
  FiguresTable,
  ProblemAlert,
  apiProblemFrom,
  useFormatters,
  type FiguresColumn,
} from "@bridgeway/web-components";
import { useTranslation } from "react-i18next";

type Revision = NonNullable<
  NonNullable<SessionRevisionsQuery["counsellingSession"]>["revisions"]
>[number];

/** A session's corrections and withdrawal, each with who, when, why and the values before it. */
export function SessionHistory({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation("case-file");
  const format = useFormatters();
  const { data, loading, error } = useQuery(SessionRevisionsDocument, {
    variables: { id: sessionId },
    fetchPolicy: "network-only",
  });
  if (loading)
    return <Loader size="sm" aria-label={t("sessions.history.loading")} />;
  if (error) return <ProblemAlert problem={apiProblemFrom(error)} />;
  const revisions = data?.counsellingSession?.revisions ?? [];
  const columns: FiguresColumn<Revision>[] = [
    {
      key: "when",
      header: t("sessions.history.when"),
      cell: (r) => format.dateTime(r.changedAt),
    },
    {
      key: "who",
      header: t("sessions.history.who"),
      cell: (r) => r.changedBy?.displayName ?? t("unknownUser"),
    },
    {
      key: "change",
      header: t("sessions.history.change"),
      cell: (r) => t(`sessions.history.${r.change}`),
    },
    {
      key: "reason",
      header: t("sessions.history.reason"),
      cell: (r) => r.reason,
    },
    {
      key: "before",
      header: t("sessions.history.before"),
      cell: (r) =>
        [
          format.date(r.occurredOn),
          format.minutes(r.durationMinutes),
          t(`sessionKind.${r.kind}`),
          ...r.domains.map((d) => t(`goalDomain.${d}`)),
          r.notes ?? "",
        ]
          .filter(Boolean)
          .join(" · "),
    },
  ];
  return (
    <Stack gap="xs">
      <FiguresTable
        caption={t("sessions.history.caption")}
        columns={columns}
        rows={revisions}
        rowKey={(r) => r.id}
        emptyText={t("sessions.history.empty")}
      />
    </Stack>
  );
}
