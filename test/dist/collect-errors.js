// Loaded first by the hostile host pages: records every uncaught error and console.error for the test to read.
window.__errors = [];
window.addEventListener('error', (event) => window.__errors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(`unhandled rejection: ${event.reason}`));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(`console.error: ${args.join(' ')}`);
  consoleError(...args);
};
