/** The basemap's colours. The focus regions are the only saturated thing on the map. */
export const PALETTE = {
  water: '#dce6ec',
  land: '#eeece6',
  china: '#f7f5f0',
  border: '#b9b3a6',
  countyContext: '#d8d3c8',
  focus: '#d6e4dc',
  focusHover: '#b5d0c2',
  // Not a blue or an orange: the choropleth ramps use those, and a selection must not read as a value.
  selected: '#b8336a',
  // Near-black and dashed: distinct from the selection's magenta and from every ramp colour.
  compared: '#1d232a',
  countyLine: '#ffffff',
  prefectureLine: '#6d7f76',
  groupLine: '#2f5d4a',
  provinceLine: '#3b4a43',
  text: '#1d232a',
  textContext: '#7a7467',
  halo: '#ffffff',
} as const;

/** The font stack for labels. With no `glyphs` URL, MapLibre rasterises these local fonts itself. */
export const LABEL_FONT = ['Noto Sans CJK SC', 'Noto Sans', 'sans-serif'];
