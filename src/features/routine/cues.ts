/**
 * The routine's cues at a side switch and at the end of a point: a soft chime made with Web
 * Audio (nothing to fetch, so it works offline) and a short vibration where the device has one.
 */

/** A soft bell: two sine partials that fade out. */
const CHIME = {
  frequenciesHz: [660, 990],
  peakGain: 0.12,
  attackS: 0.02,
  decayS: 1.2,
};

/** One pulse at a side switch, two at the end of a point. */
export const VIBRATION_PATTERNS = {
  'side-switch': [120],
  'point-end': [120, 80, 120],
} as const;

export type CueKind = keyof typeof VIBRATION_PATTERNS;

let audioMemo: AudioContext | null = null;

/**
 * Browsers start audio only after a user gesture: called from the Start button, so the chimes
 * that come later without a gesture can play.
 */
export function unlockAudio() {
  if (typeof AudioContext === 'undefined') return;
  audioMemo ??= new AudioContext();
  if (audioMemo.state === 'suspended') void audioMemo.resume();
}

export function chime(kind: CueKind) {
  if (audioMemo === null || audioMemo.state !== 'running') return;
  const start = audioMemo.currentTime;
  const repeats = kind === 'point-end' ? 2 : 1;
  for (let r = 0; r < repeats; r++) {
    const at = start + r * (CHIME.decayS / 2);
    for (const frequency of CHIME.frequenciesHz) {
      const oscillator = new OscillatorNode(audioMemo, { type: 'sine', frequency });
      const gain = new GainNode(audioMemo, { gain: 0 });
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(CHIME.peakGain, at + CHIME.attackS);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + CHIME.decayS);
      oscillator.connect(gain).connect(audioMemo.destination);
      oscillator.start(at);
      oscillator.stop(at + CHIME.decayS);
    }
  }
}

export const canVibrate = () => typeof navigator !== 'undefined' && 'vibrate' in navigator;

export function vibrate(kind: CueKind) {
  if (canVibrate()) navigator.vibrate([...VIBRATION_PATTERNS[kind]]);
}
