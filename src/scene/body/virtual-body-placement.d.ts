/** The placement file's URL (placement-plugin.ts). */
declare module 'virtual:body-placement' {
  const url: string;
  export default url;
}
