// CSV files are bundled as their text (webpack asset/source).
declare module "*.csv" {
  const text: string;
  export default text;
}
