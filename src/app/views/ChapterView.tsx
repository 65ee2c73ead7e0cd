import { Suspense } from "react";
import { chapterEntry } from "../../chapters/registry";
import type { ChapterId } from "../../content/chapters";
import { ChapterNav } from "./ChapterNav";
import { InPreparation } from "./InPreparation";

export function ChapterView({ id }: { id: ChapterId }) {
  const entry = chapterEntry(id);
  const { Component } = entry;
  return (
    <>
      {Component ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading chapter {entry.number}…
            </p>
          }
        >
          <Component />
        </Suspense>
      ) : (
        <InPreparation
          kicker={`Chapter ${entry.number} of 14`}
          title={entry.title}
          summary={entry.summary}
        />
      )}
      <ChapterNav id={id} />
    </>
  );
}
