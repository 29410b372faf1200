/**
 * The layers links of the family-layer era named that drew unlike scopes on one scale (issue 21),
 * each with the layer of its headline scope: the catalogue listed a layer's headline member
 * first, so this is what such a link showed first. A link naming one of these opens that layer
 * and says the rest was left out; layers that drew one scope kept their ids.
 */
export const SPLIT_LAYERS: ReadonlyMap<string, string> = new Map([
  ['schools-built', 'schools-built-compulsory'],
  ['places', 'places-compulsory'],
  ['schools-count', 'schools-and-kindergartens'],
  ['students-count', 'pupils-all-levels'],
  ['teachers-count', 'staffed-teachers'],
  ['investment', 'funds-weak-schools'],
  ['pay-funds', 'performance-pay-funds'],
  ['teachers-recruited', 'teachers-recruited-levels-unstated'],
  ['backbone-teachers-trained', 'three-tier-backbone-teachers-trained'],
  ['posting-years', 'rural-service-for-senior-title'],
]);
