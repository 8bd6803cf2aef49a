// Draws the national progress (count against target per phase) once Chart.js has loaded; the numbers
// are already on the page, so nothing is lost when scripts do not run.
(function () {
  const progress = window.sangKienProgress;
  const canvas = document.getElementById('progress-chart');
  if (!progress || !canvas || typeof Chart === 'undefined') {
    return;
  }
  const labels = progress.phases.map(function (phase) { return phase.name; });
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.countLabel || 'Sáng kiến', data: progress.phases.map(function (p) { return p.count; }), backgroundColor: '#0b4f9c' },
        { label: canvas.dataset.targetLabel || 'Chỉ tiêu', data: progress.phases.map(function (p) { return p.target; }), backgroundColor: '#ffbf47' }
      ]
    },
    options: { indexAxis: 'y', responsive: true, animation: false, locale: document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN' }
  });
})();
