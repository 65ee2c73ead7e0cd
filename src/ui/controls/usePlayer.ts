import { useCallback, useEffect, useRef, useState } from "react";
import { useApp } from "../../state/store";

export interface Player {
  /** The current frame, 0 … length − 1. */
  t: number;
  isPlaying: boolean;
  play: () => void;
  pause: () => void;
  step: (by?: number) => void;
  reset: () => void;
  seek: (t: number) => void;
}

/**
 * Plays frames 0 … length − 1 at `framesPerSecond`. The rAF loop runs only while playing. With
 * reduced motion, Play shows the last frame at once instead of animating towards it.
 */
export function usePlayer(length: number, framesPerSecond = 12, initial = 0): Player {
  const reducedMotion = useApp((s) => s.reducedMotion);
  const last = Math.max(0, length - 1);
  const [t, setT] = useState(initial);
  const [isPlaying, setPlaying] = useState(false);
  const clamp = useCallback((v: number) => Math.min(last, Math.max(0, Math.round(v))), [last]);
  const startRef = useRef({ t0: 0, at: 0 });
  // A marker parked on the last frame stays on the last frame when the length changes.
  const [prevLast, setPrevLast] = useState(last);
  if (prevLast !== last) {
    setPrevLast(last);
    if (t >= prevLast) setT(last);
  }

  useEffect(() => {
    if (!isPlaying) return;
    let raf = 0;
    const tick = (now: number) => {
      const next = clamp(
        startRef.current.t0 + ((now - startRef.current.at) / 1000) * framesPerSecond,
      );
      setT(next);
      if (next >= last) setPlaying(false);
      else raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [isPlaying, clamp, last, framesPerSecond]);

  const play = useCallback(() => {
    if (reducedMotion) {
      setT(last);
      return;
    }
    setT((cur) => {
      const from = cur >= last ? 0 : cur;
      startRef.current = { t0: from, at: performance.now() };
      return from;
    });
    setPlaying(true);
  }, [reducedMotion, last]);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(
    (by = 1) => {
      setPlaying(false);
      setT((cur) => clamp(cur + by));
    },
    [clamp],
  );
  const reset = useCallback(() => {
    setPlaying(false);
    setT(0);
  }, []);
  const seek = useCallback(
    (v: number) => {
      setPlaying(false);
      setT(clamp(v));
    },
    [clamp],
  );
  return { t: clamp(t), isPlaying, play, pause, step, reset, seek };
}
