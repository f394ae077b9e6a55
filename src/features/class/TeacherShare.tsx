import { lazy, Suspense } from 'react';
import { useClassActions, useClassStore } from './class-store';
import { ClassQuizControls } from './ClassQuizControls';

const QrCode = lazy(() => import('./QrCode').then((m) => ({ default: m.QrCode })));

const STATUS_WORDS = {
  connecting: 'Starting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  ended: 'Ended',
} as const;

/**
 * The teacher's side: "Share with the class", then the join address as text and QR code, how
 * many students follow, the class quiz, and the way to end the class.
 */
export function TeacherShare() {
  const { role, sessionId, joinOrigins, students, connection, codeShown, problem } =
    useClassStore();
  const { startSharing, endSharing, showCode } = useClassActions();
  if (role !== 'teacher' || sessionId === null) {
    return (
      <div className="class-start">
        {problem !== null && (
          <p className="class-start__problem" role="alert">
            {problem}
          </p>
        )}
        <button
          type="button"
          className="class-button class-button--start"
          disabled={role === 'teacher'}
          onClick={() => void startSharing()}
        >
          {role === 'teacher' ? 'Starting the class…' : 'Share with the class'}
        </button>
      </div>
    );
  }
  const origin = joinOrigins[0] ?? window.location.origin;
  const address = `${origin}/?join=${sessionId}`;
  const studentWord = students === 1 ? 'student' : 'students';
  return (
    <aside
      className="class-share"
      aria-label="Class session"
      data-testid="class-share"
      data-expanded={codeShown}
      data-connection={connection}
    >
      {codeShown && (
        <>
          <h2 className="class-share__title">Join the class</h2>
          <p className="class-share__lead">Scan the code, or type the address on the same Wi-Fi:</p>
          <Suspense fallback={<div className="class-qr class-qr--loading" />}>
            <QrCode text={address} label={`QR code of ${address}`} />
          </Suspense>
          <p className="class-share__address" data-testid="class-address">
            {address}
          </p>
          {joinOrigins.length === 0 && (
            <p className="class-share__note">
              Only this computer can open this address. For phones, start the atlas with{' '}
              <code>npm start -- --class</code>.
            </p>
          )}
        </>
      )}
      <p className="class-share__status" aria-live="polite">
        <span className="class-share__dot" data-connection={connection} aria-hidden="true" />
        <strong data-testid="class-students">
          {students} {studentWord}
        </strong>{' '}
        connected · {STATUS_WORDS[connection === 'connecting' ? 'connecting' : connection]}
      </p>
      {problem !== null && (
        <p className="class-share__problem" role="alert">
          {problem}
        </p>
      )}
      <ClassQuizControls />
      <div className="class-share__actions">
        <button
          type="button"
          className="class-button"
          aria-expanded={codeShown}
          onClick={() => showCode(!codeShown)}
        >
          {codeShown ? 'Hide the code' : 'Show the code'}
        </button>
        <button
          type="button"
          className="class-button class-button--end"
          onClick={() => void endSharing()}
        >
          End the class
        </button>
      </div>
    </aside>
  );
}
