import { useId, useState, type ReactNode } from "react";

export interface PredictOption<T extends string> {
  value: T;
  label: string;
}

interface PredictThenSeeProps<T extends string> {
  question: ReactNode;
  options: readonly PredictOption<T>[];
  /** The model's answer: which option it is, and what to show beside the reader's guess. */
  answer: () => { value: T; explanation: ReactNode };
  /** Called on reveal, e.g. to set the figure to the case being asked about. */
  onReveal?: () => void;
}

/**
 * "Predict, then see" (CHAPTERS.md): the reader commits a guess before the reveal is enabled; the
 * answer is computed by the model when revealed, and the guess stays visible beside it.
 */
export function PredictThenSee<T extends string>({
  question,
  options,
  answer,
  onReveal,
}: PredictThenSeeProps<T>) {
  const name = useId();
  const [guess, setGuess] = useState<T | null>(null);
  const [result, setResult] = useState<{ value: T; explanation: ReactNode } | null>(null);
  const labelOf = (v: T) => options.find((o) => o.value === v)?.label ?? v;
  return (
    <div className="predict">
      <fieldset disabled={result !== null}>
        <legend>
          <span className="predict-kicker">Predict, then see. </span>
          {question}
        </legend>
        {options.map((o) => (
          <label key={o.value} className="predict-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={guess === o.value}
              onChange={() => setGuess(o.value)}
            />{" "}
            {o.label}
          </label>
        ))}
      </fieldset>
      {result === null ? (
        <button
          type="button"
          disabled={guess === null}
          onClick={() => {
            onReveal?.();
            setResult(answer());
          }}
        >
          {guess === null ? "Choose a guess to reveal the answer" : "Reveal the answer"}
        </button>
      ) : (
        <div className="predict-result" role="status">
          <p>
            <strong>Your guess:</strong> {guess !== null && labelOf(guess)}.{" "}
            <strong>The model:</strong> {labelOf(result.value)}{" "}
            <span className="predict-verdict">
              {guess === result.value ? "(you called it)" : "(not what you guessed)"}
            </span>
          </p>
          <p>{result.explanation}</p>
          <button
            type="button"
            onClick={() => {
              setGuess(null);
              setResult(null);
            }}
          >
            Ask again
          </button>
        </div>
      )}
    </div>
  );
}
