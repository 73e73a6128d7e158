export { cityTimeToDate, dateToCityTime } from './city-time.ts';
