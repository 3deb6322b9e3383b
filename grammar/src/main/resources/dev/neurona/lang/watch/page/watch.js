// The live page of a training run. Every value that comes from the data or the script is put
// on the page with textContent or drawn on a canvas: never parsed as HTML.
'use strict';

const token = document.body.dataset.token;
const $ = id => document.getElementById(id);
// The page's words in the run's language, written into the page by the server (watch.page.* keys).
const words = JSON.parse($('words').textContent);
function say(key, ...args) {
  return (words['watch.page.' + key] || key).replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}
let status = 'connecting';
function setStatus(key) { status = key; $('status').textContent = say('status.' + key); }
const run = { epochs: 1, batches: [], epochLines: [], classification: true, inputs: null, tableCells: [] };
let seen = 0;          // log events received, so that a reconnection resumes where it left off
let drawPending = false;
let finished = false;

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function bytes(base64) {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function fixed(x, digits) {
  return x === null || x === undefined ? '–' : Number(x).toFixed(digits);
}

// ---- curves -------------------------------------------------------------------------------

function drawCurves() {
  drawPending = false;
  drawCurve($('loss'), 'loss', 'valLoss', false);
  drawCurve($('accuracy'), 'accuracy', 'valAccuracy', true);
}

function scheduleDraw() {
  if (!drawPending) { drawPending = true; requestAnimationFrame(drawCurves); }
}

function drawCurve(canvas, trainKey, valKey, unitRange) {
  const g = canvas.getContext('2d');
  const w = canvas.width, h = canvas.height, left = 48, right = 10, top = 8, bottom = 24;
  g.clearRect(0, 0, w, h);
  const points = run.batches.filter(p => p[trainKey] !== null).map(p => [p.x, p[trainKey]]);
  const epochTrain = run.epochLines.filter(e => e[trainKey] !== null).map(e => [e.epoch, e[trainKey]]);
  const epochVal = run.epochLines.filter(e => e[valKey] !== null).map(e => [e.epoch, e[valKey]]);
  canvas.dataset.points = String(points.length + epochTrain.length + epochVal.length);
  const all = points.concat(epochTrain, epochVal).map(p => p[1]).filter(Number.isFinite);
  let low = all.length ? Math.min(...all) : 0, high = all.length ? Math.max(...all) : 1;
  if (unitRange) { low = Math.min(low, 0.9); high = 1; low = Math.max(0, Math.floor(low * 10) / 10); }
  else { low = Math.min(0, low); }
  if (high - low < 1e-9) high = low + 1;
  const xMax = Math.max(1, run.epochs);
  const X = x => left + (w - left - right) * x / xMax;
  const Y = y => top + (h - top - bottom) * (1 - (y - low) / (high - low));
  g.strokeStyle = '#dde1e6'; g.fillStyle = '#66707a'; g.font = '11px system-ui, sans-serif'; g.lineWidth = 1;
  for (let i = 0; i <= 4; i++) {
    const y = low + (high - low) * i / 4;
    g.beginPath(); g.moveTo(left, Y(y)); g.lineTo(w - right, Y(y)); g.stroke();
    g.fillText(y.toFixed(unitRange ? 2 : 3), 4, Y(y) + 4);
  }
  const step = Math.max(1, Math.ceil(xMax / 10));
  for (let e = 0; e <= xMax; e += step) g.fillText(String(e), X(e) - 3, h - 8);
  g.fillText(say('epoch'), w - right - 32, h - 8);
  line(g, points.map(p => [X(p[0]), Y(p[1])]), 'rgba(31,119,180,0.55)', 1.2);
  line(g, epochTrain.map(p => [X(p[0]), Y(p[1])]), '#1f77b4', 2, true);
  line(g, epochVal.map(p => [X(p[0]), Y(p[1])]), '#e6550d', 2, true);
}

function line(g, xy, colour, width, dots) {
  if (!xy.length) return;
  g.strokeStyle = colour; g.fillStyle = colour; g.lineWidth = width;
  g.beginPath();
  xy.forEach((p, i) => (i ? g.lineTo(p[0], p[1]) : g.moveTo(p[0], p[1])));
  g.stroke();
  if (dots) xy.forEach(p => { g.beginPath(); g.arc(p[0], p[1], 3, 0, 2 * Math.PI); g.fill(); });
}

// ---- pictures -----------------------------------------------------------------------------

// dark blue (0) to yellow (255), for activations
function warm(v) {
  const t = v / 255;
  return [Math.round(20 + 235 * t), Math.round(30 + 200 * t * t + 20 * t), Math.round(90 + 60 * t - 140 * t * t)];
}
// blue (0), white (128), red (255), for weights around zero
function diverging(v) {
  const t = (v - 127.5) / 127.5;
  return t < 0 ? [Math.round(255 * (1 + t)), Math.round(255 * (1 + t)), 255]
               : [255, Math.round(255 * (1 - t)), Math.round(255 * (1 - t))];
}
function gray(v) { return [v, v, v]; }

// A picture of width × height values from data[offset...], each value a pixel of colour(v).
function picture(data, offset, width, height, colour, scale, className) {
  const canvas = element('canvas', null, className);
  canvas.width = width; canvas.height = height;
  canvas.style.width = (width * scale) + 'px'; canvas.style.height = (height * scale) + 'px';
  const g = canvas.getContext('2d');
  const image = g.createImageData(width, height);
  for (let i = 0; i < width * height; i++) {
    const c = colour(data[offset + i]);
    image.data[4 * i] = c[0]; image.data[4 * i + 1] = c[1]; image.data[4 * i + 2] = c[2]; image.data[4 * i + 3] = 255;
  }
  g.putImageData(image, 0, 0);
  canvas.dataset.drawn = '1';
  return canvas;
}

function scaleFor(size, target) { return Math.max(1, Math.floor(target / size)); }

function startRun(e) {
  run.epochs = e.epochs; run.batches = []; run.epochLines = []; run.classification = e.classification;
  run.inputs = e.inputs || null; run.tableCells = [];
  $('model').textContent = say('model_on', e.model, e.data || '');
  setStatus('training');
  $('stop').disabled = false;
  const layers = $('layers'); layers.replaceChildren(element('span', say('input')));
  (e.layers || []).forEach(l => layers.append(element('span', l.name + ' ' + l.shape)));
  const examples = $('examples'); examples.replaceChildren();
  $('table').hidden = true;
  if (run.inputs && run.inputs.image) {
    run.inputs.items.forEach((item, i) => {
      const card = element('div', null, 'example');
      card.id = 'example-' + i;
      const head = element('div', null, 'head');
      const px = bytes(item.pixels);
      head.append(picture(px, 0, item.width, item.height * item.channels, gray, scaleFor(item.width, 56), 'input'));
      const answer = element('div', null, 'answer');
      answer.append(element('div', say('row_truth', item.row, item.truth)));
      answer.append(element('ol', null, 'top'));
      head.append(answer);
      card.append(head, element('div', null, 'activations'));
      examples.append(card);
    });
  } else if (run.inputs) {
    const head = $('table-head'); head.replaceChildren(element('th', say('row')));
    run.inputs.features.forEach(f => head.append(element('th', f)));
    head.append(element('th', say('truth')), element('th', say('prediction')));
    const body = $('table-body'); body.replaceChildren();
    run.inputs.items.forEach(item => {
      const tr = element('tr');
      tr.append(element('td', item.row));
      item.values.forEach(v => tr.append(element('td', fixed(v, 3))));
      tr.append(element('td', item.truth));
      const prediction = element('td', '…');
      run.tableCells.push(prediction);
      tr.append(prediction);
      body.append(tr);
    });
    $('table').hidden = false;
  }
  scheduleDraw();
}

function topText(t) {
  return t.p !== undefined ? t.label + '  ' + fixed(t.p, 3) : t.label + ' ' + fixed(t.value, 4);
}

function showPictures(e) {
  $('picture-when').textContent = e.epoch === 0 ? say('when.before')
    : e.batch ? say('when.batch', e.epoch, e.batch) : say('when.end', e.epoch);
  e.items.forEach((item, i) => {
    if (run.inputs && !run.inputs.image) {
      if (run.tableCells[i]) run.tableCells[i].textContent = item.top.map(topText).join('; ');
      return;
    }
    const card = $('example-' + i);
    if (!card) return;
    const truth = run.inputs ? run.inputs.items[i].truth : '';
    const top = card.querySelector('.top'); top.replaceChildren();
    item.top.forEach((t, k) => top.append(element('li', topText(t), k === 0 ? (t.label === truth ? 'right' : 'wrong') : null)));
    const activations = card.querySelector('.activations'); activations.replaceChildren();
    item.layers.forEach(layer => {
      const box = element('div', null, 'layer');
      box.append(element('div', layer.kind === 'maps'
        ? say('layer.maps', layer.name, layer.shown, layer.channels) : say('layer.units', layer.name, layer.units)));
      const data = bytes(layer.data);
      if (layer.kind === 'maps') {
        const maps = element('div', null, 'maps');
        const scale = scaleFor(layer.width, 28);
        for (let c = 0; c < layer.shown; c++) {
          maps.append(picture(data, c * layer.width * layer.height, layer.width, layer.height, warm, scale, 'map'));
        }
        box.append(maps);
      } else {
        const bar = picture(data, 0, layer.shown, 1, warm, 1, 'units');
        bar.style.width = Math.min(256, Math.max(64, layer.shown * 2)) + 'px'; bar.style.height = '14px';
        box.append(bar);
      }
      activations.append(box);
    });
  });
  if (e.weights) showWeights(e.weights);
}

function showWeights(w) {
  $('weights-section').hidden = false;
  $('weights-what').textContent = w.kind === 'dense'
    ? say('weights.dense', w.layer, w.tiles, w.units)
    : say('weights.conv', w.layer, w.tiles, w.height, w.width);
  const data = bytes(w.data);
  const box = $('weights'); box.replaceChildren();
  const per = w.kind === 'dense' ? w.height * w.width : w.channels * w.height * w.width;
  const scale = scaleFor(w.width, w.kind === 'dense' ? 56 : 30);
  for (let t = 0; t < w.tiles; t++) box.append(picture(data, t * per, w.width, w.height, diverging, scale, 'weight'));
}

// ---- sweep --------------------------------------------------------------------------------

function startSweep(e) {
  $('sweep-section').hidden = false;
  $('sweep-title').textContent = e.title;
  const head = $('sweep-head'); head.replaceChildren(element('th', '#'));
  e.axes.forEach(a => head.append(element('th', a)));
  ['run', 'loss', 'acc', 'val_loss', 'val_acc', 'epochs', 'seconds'].forEach(c => head.append(element('th', say('sweep.' + c))));
  $('sweep-body').replaceChildren();
  setStatus('sweeping');
}

function sweepRow(e) {
  const tr = element('tr');
  tr.append(element('td', e.combination));
  e.labels.forEach(l => tr.append(element('td', l)));
  tr.append(element('td', e.run));
  if (e.divergence) {
    const td = element('td', e.divergence); td.colSpan = 4; tr.append(td);
  } else {
    [e.loss, e.accuracy, e.valLoss, e.valAccuracy].forEach(v => tr.append(element('td', fixed(v, 4))));
  }
  tr.append(element('td', e.epochs), element('td', fixed(e.seconds, 1)));
  $('sweep-body').append(tr);
}

// ---- events -------------------------------------------------------------------------------

function handle(e) {
  switch (e.type) {
    case 'script': document.title = say('title_file', e.file); break;
    case 'train': finished = false; startRun(e); break;
    case 'batch':
      run.batches.push(e);
      $('progress').textContent = e.accuracy !== null
        ? say('progress.accuracy', e.epoch, run.epochs, e.batch, e.batches, fixed(e.loss, 4), fixed(e.accuracy, 4))
        : say('progress', e.epoch, run.epochs, e.batch, e.batches, fixed(e.loss, 4));
      scheduleDraw();
      break;
    case 'epoch':
      run.epochLines.push(e);
      $('epoch-lines').textContent += e.line + '\n';
      scheduleDraw();
      break;
    case 'note':
      $('notes').hidden = false;
      $('note-list').append(element('li', say('note', e.epoch, e.text)));
      break;
    case 'pictures': showPictures(e); break;
    case 'sweep': startSweep(e); break;
    case 'sweepRow': sweepRow(e); break;
    case 'stop': setStatus('stopping'); $('stop').disabled = true; break;
    case 'finished':
      finished = true;
      if (!/stop|finish/.test(status)) setStatus('finished');
      $('stop').disabled = true;
      break;
    case 'end':
      setStatus(e.interrupted ? 'stopped' : e.stoppedEarly ? 'stopped_early' : 'finished');
      $('stop').disabled = true;
      break;
  }
}

function connect() {
  const source = new EventSource('api/events?token=' + encodeURIComponent(token) + '&from=' + seen);
  source.onopen = () => { if (!finished && status === 'connecting') setStatus('waiting'); };
  source.onmessage = message => {
    const e = JSON.parse(message.data);
    if (e.type !== 'pictures') seen++;
    handle(e);
  };
  source.onerror = () => {
    source.close();
    if (!finished) setStatus('dropped');
    setTimeout(connect, 2000);
  };
}

$('stop').addEventListener('click', () => {
  $('stop').disabled = true;
  fetch('api/stop?token=' + encodeURIComponent(token), { method: 'POST' })
    .then(r => { if (!r.ok) throw new Error(String(r.status)); })
    .catch(() => { $('stop').disabled = false; setStatus('stop_failed'); });
});

drawCurves();
connect();
