// Draws counts against targets (window.sangKienChart: labels, counts, targets) once Chart.js has
// loaded; the numbers are already on the page, so nothing is lost when scripts do not run.
(function () {
  const chart = window.sangKienChart;
  const canvas = document.getElementById('bar-chart');
  if (!chart || !canvas || typeof Chart === 'undefined') {
    return;
  }
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
