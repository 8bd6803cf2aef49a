// Draws counts against targets (the JSON of #chart-data: labels, counts, targets; data, not a script, since
// the pages run no inline script) once Chart.js has loaded; the numbers are already on the page, so nothing
// is lost when scripts do not run.
(function () {
  const data = document.getElementById('chart-data');
  const canvas = document.getElementById('bar-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  const chart = JSON.parse(data.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: [
        { label: canvas.dataset.countLabel, data: chart.counts, backgroundColor: '#0b4f9c' },
        { label: canvas.dataset.targetLabel, data: chart.targets, backgroundColor: '#ffbf47' }
      ]
    },
    options: { indexAxis: 'y', responsive: true, animation: false, locale: document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN' }
  });
})();
