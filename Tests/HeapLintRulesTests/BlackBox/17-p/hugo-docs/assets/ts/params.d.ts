// Values passed by `js.Build` in layouts/_default/baseof.html.
declare module '@params' {
  export const readerApi: string | undefined;
}
