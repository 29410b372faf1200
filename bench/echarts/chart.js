// The ECharts page: the raw focus GeoJSON as a registered map, one map series, labels on.
/* global echarts */
const geojson = await (await fetch('./raw/focus.geojson')).json();
echarts.registerMap('focus', geojson);
const chart = echarts.init(document.getElementById('chart'));
chart.on('finished', () => {
  if (performance.getEntriesByName('regions-visible').length > 0) return;
  performance.mark('regions-visible');
  performance.mark('map-idle');
  window.__mapIdleMs = performance.now();
});
chart.setOption({
  animation: false,
  series: [
    {
      type: 'map',
      map: 'focus',
      roam: true,
      nameProperty: 'name',
      layoutCenter: ['50%', '50%'],
      layoutSize: '90%',
      label: { show: true, fontSize: 10, color: '#1d232a' },
      itemStyle: { areaColor: '#d6e4dc', borderColor: '#ffffff', borderWidth: 0.6 },
    },
  ],
});
