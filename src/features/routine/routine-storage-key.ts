/** Where the routine is kept on this device (localStorage); nothing leaves it. */
export const ROUTINE_STORAGE_KEY = 'acupressure-atlas.routine';
