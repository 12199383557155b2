"use client";

import { useState } from "react";
import { ActionMessage } from "./action-message";
import { BUTTON } from "./button-styles";
import { ReviewApiError, sendJson } from "./send-json";
import { useReviewAction } from "./use-review-action";

/** A shortcut for a dispatch the reviewer has read through: verifies its proposed facts one by one. */
export function VerifyAllButton({ facts }: { facts: { id: number; number: number }[] }) {
  const { pending, error, notice, run } = useReviewAction();
  const [done, setDone] = useState(0);
  if (facts.length === 0 && !notice && !error) return null;

  const verifyAll = () => {
    setDone(0);
    run(
      async () => {
        // One after another, so a refusal stops the run and names the fact it stopped at.
        for (const [i, fact] of facts.entries()) {
          try {
            await sendJson("PATCH", `/api/facts/${fact.id}`, { status: "verified" });
          } catch (err) {
            throw new ReviewApiError(`Stopped at fact ${fact.number}: ${err instanceof Error ? err.message : "refused"}`, err instanceof ReviewApiError ? err.status : 0);
          }
          setDone(i + 1);
        }
        return facts.length;
      },
      (n) => `Verified ${n} ${n === 1 ? "fact" : "facts"}.`,
    );
  };

  return (
    <div className="grid gap-1">
      {facts.length > 0 && (
        <button type="button" className={`${BUTTON.verify} justify-self-start`} disabled={pending} onClick={verifyAll}>
          Verify all {facts.length} proposed
        </button>
      )}
      <ActionMessage error={error} notice={notice} pending={pending} pendingText={`Verifying… ${done} of ${facts.length} done`} />
    </div>
  );
}
