/** Where the map looks: a centre in degrees (WGS 84) and a MapLibre zoom level. */
export interface Camera {
  center: [lng: number, lat: number];
  zoom: number;
}
