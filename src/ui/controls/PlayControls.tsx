import { useApp } from "../../state/store";
import type { Player } from "./usePlayer";

interface PlayControlsProps {
  player: Player;
  length: number;
  /** What a frame is, for the position readout ("token", "step"). */
  unit?: string;
}

/** Play, pause, step back and forward, and restart, with the position spoken politely. */
export function PlayControls({ player, length, unit = "step" }: PlayControlsProps) {
  const reducedMotion = useApp((s) => s.reducedMotion);
  const { t, isPlaying, play, pause, step, reset } = player;
  return (
    <div className="play-controls" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={t <= 0}
        aria-label={`Previous ${unit}`}
      >
        <span aria-hidden="true">◀</span>
      </button>
      {isPlaying ? (
        <button type="button" onClick={pause}>
          Pause
        </button>
      ) : (
        <button
          type="button"
          onClick={play}
          title={reducedMotion ? "Reduced motion: jumps to the end" : undefined}
        >
          {reducedMotion ? "Show end" : "Play"}
        </button>
      )}
      <button
        type="button"
        onClick={() => step(1)}
        disabled={t >= length - 1}
        aria-label={`Next ${unit}`}
      >
        <span aria-hidden="true">▶</span>
      </button>
      <button type="button" onClick={reset} disabled={t === 0 && !isPlaying}>
        Restart
      </button>
      <span className="play-position" aria-live={isPlaying ? "off" : "polite"}>
        {unit} {t + 1} of {length}
      </span>
    </div>
  );
}
