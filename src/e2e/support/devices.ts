import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM_PATH, TESTS_REDUCE_MOTION, WEBGL_ARGS } from './browser';

/** The touch devices the layout is built for, as Chromium emulates them. */
export interface TouchDevice {
  name: string;
  options: BrowserContextOptions;
}

const touch = (width: number, height: number): BrowserContextOptions => ({
  viewport: { width, height },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  reducedMotion: TESTS_REDUCE_MOTION,
});

export const PHONE: TouchDevice = { name: 'phone 390×844', options: touch(390, 844) };
export const PHONE_LANDSCAPE: TouchDevice = {
  name: 'phone on its side 844×390',
  options: touch(844, 390),
};
/** A small phone on its side: a stage too narrow for the notes and the views across its top. */
export const SMALL_PHONE_LANDSCAPE: TouchDevice = {
  name: 'small phone on its side 667×375',
  options: touch(667, 375),
};
export const TABLET: TouchDevice = { name: 'tablet 768×1024', options: touch(768, 1024) };
export const TABLET_LANDSCAPE: TouchDevice = {
  name: 'tablet on its side 1024×768',
  options: touch(1024, 768),
};

/**
 * A Chromium for the contact sheet's device emulation (the tests get theirs from
 * playwright.config.ts): a context per device's viewport, scale and touch.
 */
export async function launchDeviceBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...WEBGL_ARGS],
  });
}
