import 'react';

// The Element Timing API's attribute (https://wicg.github.io/element-timing/): React passes it
// through to the DOM, but its types do not list it yet.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs React's own parameter
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
