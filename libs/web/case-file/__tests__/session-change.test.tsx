import {
  CorrectCounsellingSessionDocument,
  SessionRevisionsDocument,
  WithdrawCounsellingSessionDocument,
} from "@bridgeway/web-graphql";
import { renderWithProviders, spy } from "@bridgeway/web-testing";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { SessionCard } from "../src/sessions/session-card";
import { session } from "./fixtures";

const mine = session({
  id: "s1",
  occurredOn: "2026-11-20",
  notes: "Talked about work.",
  domains: ["WORK"],
  changeable: true,
});
const withdrawal = {
  __typename: "SessionWithdrawal" as const,
  at: "2026-11-21T10:00:00.000Z",
  reason: "Wrong resident",
  by: { __typename: "User" as const, id: "u-maja", displayName: "Maja Novak" },
};

const card = (
  s = mine,
  mocks: Parameters<typeof renderWithProviders>[1] = {},
) =>
  renderWithProviders(
    <ul>
      <SessionCard session={s} />
    </ul>,
    mocks,
  );
const dialog = () => screen.findByRole("dialog");

describe("SessionCard: correct, withdraw, history", () => {
  it("offers Correct and Withdraw only when the API says the session is changeable", () => {
    const { unmount } = card(session({ changeable: false }));
    expect(
      screen.queryByRole("button", { name: /^Correct/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /^Withdraw/ }),
    ).not.toBeInTheDocument();
    unmount();
    card();
    expect(
      screen.getByRole("button", { name: /^Correct/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /^Withdraw/ }),
    ).toBeInTheDocument();
  });

  it("withdraws only with a reason: the message goes as soon as one is typed, then it is sent once", async () => {
    const sent = spy<[Record<string, unknown>]>();
    card(mine, {
      mocks: [
        {
          request: {
            query: WithdrawCounsellingSessionDocument,
            variables: () => true,
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return {
              data: {
                __typename: "Mutation" as const,
                withdrawCounsellingSession: {
                  ...mine,
                  version: 2,
                  withdrawn: true,
                  changeable: false,
                  withdrawal,
                },
              },
            };
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole("button", { name: /^Withdraw/ }));
    const form = within(await dialog());
    await userEvent.click(
      form.getByRole("button", { name: "Withdraw session" }),
    );
    const reason = form.getByLabelText("Reason", { exact: false });
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveAccessibleDescription(/Fill in this field\./);
    expect(sent.calls).toEqual([]);

    await userEvent.type(reason, "Wrong resident");
    expect(reason).not.toHaveAttribute("aria-invalid", "true");
    await userEvent.click(
      form.getByRole("button", { name: "Withdraw session" }),
    );
    await waitFor(() =>
      expect(sent.calls).toEqual([
        [{ input: { id: "s1", reason: "Wrong resident" } }],
      ]),
    );
  });

  it("sends a correction with the version it was opened at and refuses clearing both notes and domains", async () => {
    const sent = spy<[Record<string, unknown>]>();
    card(mine, {
      mocks: [
        {
          request: {
            query: CorrectCounsellingSessionDocument,
            variables: () => true,
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return {
              data: {
                __typename: "Mutation" as const,
                correctCounsellingSession: {
                  ...mine,
                  durationMinutes: 30,
                  version: 2,
                },
              },
            };
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole("button", { name: /^Correct/ }));
    const form = within(await dialog());
    await userEvent.clear(form.getByLabelText("Notes", { exact: false }));
    await userEvent.click(form.getByRole("checkbox", { name: "Work" }));
    await userEvent.type(
      form.getByLabelText("Reason", { exact: false }),
      "Typo",
    );
    await userEvent.click(
      form.getByRole("button", { name: "Save correction" }),
    );
    expect(form.getByLabelText("Notes", { exact: false })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(sent.calls).toEqual([]);

    await userEvent.type(
      form.getByLabelText("Notes", { exact: false }),
      "Talked about work.",
    );
    await userEvent.clear(
      form.getByLabelText("Duration (minutes)", { exact: false }),
    );
    await userEvent.type(
      form.getByLabelText("Duration (minutes)", { exact: false }),
      "30",
    );
    await userEvent.click(
      form.getByRole("button", { name: "Save correction" }),
    );
    await waitFor(() => expect(sent.calls).toHaveLength(1));
    expect(sent.calls[0][0]).toEqual({
      input: {
        id: "s1",
        expectedVersion: 1,
        reason: "Typo",
        occurredOn: "2026-11-20",
        durationMinutes: 30,
        kind: "INDIVIDUAL",
        domains: [],
        notes: "Talked about work.",
      },
    });
  });

  it("shows a withdrawn session struck through with who withdrew it and why, and its history", async () => {
    const withdrawn = session({
      id: "s2",
      version: 2,
      withdrawn: true,
      withdrawal,
    });
    card(withdrawn, {
      mocks: [
        {
          request: { query: SessionRevisionsDocument, variables: { id: "s2" } },
          result: {
            data: {
              counsellingSession: {
                __typename: "CounsellingSession" as const,
                id: "s2",
                revisions: [
                  {
                    __typename: "SessionRevision" as const,
                    id: "rev1",
                    change: "WITHDRAWN" as const,
                    changedAt: "2026-11-21T10:00:00.000Z",
                    reason: "Wrong resident",
                    occurredOn: "2026-11-20",
                    durationMinutes: 45,
                    kind: "INDIVIDUAL" as const,
                    domains: [],
                    notes: "Old notes",
                    changedBy: {
                      __typename: "User" as const,
                      id: "u-maja",
                      displayName: "Maja Novak",
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(screen.getByTestId("session-withdrawn")).toHaveTextContent(
      /Withdrawn by Maja Novak on .*: Wrong resident/,
    );
    expect(
      screen.queryByRole("button", { name: /^Correct/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /^History/ }));
    const table = within(await dialog());
    expect(await table.findByText("Withdrawn")).toBeInTheDocument();
    expect(table.getByText(/Old notes/)).toBeInTheDocument();
  });
});
