/** Every figure the bench reports, in one flat record so runs, baseline and budgets line up. */
export interface Metrics {
  firstScreenJsKB: number;
  firstScreenCssKB: number;
  /** The lazy 3D view's own JS (BodyStage and what it imports), the skin-index worker, the modes. */
  bodyViewJsKB: number;
  workerJsKB: number;
  otherLazyJsKB: number;
  modelKB: number;
  /** The dataset's two parts (points/dataset-parts.ts): the first screen's, and the details. */
  dataSummaryKB: number;
  dataDetailsKB: number;
  firstScreenMs: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  firstBodyFrameMs: number;
  /** The bare three.js page's first body frame, loaded alternately with the atlas. */
  floorBodyFrameMs: number;
  /** Median atlas first body frame over the floor page's median. */
  bodyFrameVsFloor: number;
  /** From the performance trace of one cold load as on a phone: CPU slowed 4×, slow 4G. */
  phoneBodyFrameMs: number;
  phoneLongTasks: number;
  phoneBlockingMs: number;
  /** The same on the main thread's CPU time: the page's own work, less waiting for a core. */
  phoneCpuBlockingMs: number;
  /** Of the long tasks, the main thread's waits for WebGL frames read back (no GPU here). */
  phoneReadbackMs: number;
  /** The blocking time without those waits: what a phone compositing on its GPU blocks on. */
  phoneBlockingWithoutReadbackMs: number;
  /** WebGL frames drawn from the page's start until the view went idle. */
  loadFrames: number;
  drawCalls: number;
  triangles: number;
  idleFrames: number;
  clickToDetailsP75Ms: number;
  heapMB: number;
}

export type MetricKey = keyof Metrics;

/** What one browser run measures; the byte sizes come from the files, once. */
export type PageMetrics = Omit<
  Metrics,
  | 'firstScreenJsKB'
  | 'firstScreenCssKB'
  | 'bodyViewJsKB'
  | 'workerJsKB'
  | 'otherLazyJsKB'
  | 'modelKB'
  | 'dataSummaryKB'
  | 'dataDetailsKB'
  | 'floorBodyFrameMs'
  | 'bodyFrameVsFloor'
  | 'phoneBodyFrameMs'
  | 'phoneLongTasks'
  | 'phoneBlockingMs'
  | 'phoneCpuBlockingMs'
  | 'phoneReadbackMs'
  | 'phoneBlockingWithoutReadbackMs'
>;
