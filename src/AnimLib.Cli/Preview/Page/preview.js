// The preview page: one video, its timeline and the state the server pushes over server-sent events.
// Everything the scene produced (names, messages) goes into the page as text, never as HTML.
"use strict";
const $ = id => document.getElementById(id);
const video = $("video");
let state = null;
let presenting = false;
let sectionIndex = 0;
let sectionEnd = null;

function fmt(t) { return t.toFixed(2) + " s"; }

function frameStep() { return state && state.fps ? 1 / state.fps : 1 / 15; }

function currentAnimation() {
  if (!state) return -1;
  const t = video.currentTime + 1e-4;
  let current = -1;
  state.animations.forEach((a, i) => { if (a.start <= t) current = i; });
  return current;
}

function seek(t) {
  if (!state) return;
  video.currentTime = Math.max(0, Math.min(t, state.duration));
}

function applyState(s) {
  const previous = state;
  state = s;
  const status = $("status");
  status.className = s.busy ? "busy" : s.error ? "error" : "";
  status.textContent = s.busy ? "rendering…"
    : s.error ? (s.error.kind === "compile" ? "compile error" : "error in the scene")
    : s.stats ? `ready in ${Math.round(s.stats.totalMs)} ms · ${s.stats.encoded} encoded, ${s.stats.fromCache} from cache` : "waiting…";

  const chooser = $("scene");
  chooser.hidden = s.scenes.length < 2;
  if (chooser.options.length !== s.scenes.length || [...chooser.options].some((o, i) => o.value !== s.scenes[i])) {
    chooser.replaceChildren(...s.scenes.map(name => { const o = document.createElement("option"); o.value = name; o.textContent = name; return o; }));
  }
  if (s.scene) chooser.value = s.scene;

  showError(s.error);
  if (s.video && (!previous || previous.video !== s.video)) loadVideo(s, previous);
  drawTimeline();
  document.body.dataset.version = String(s.version);
  document.body.dataset.busy = String(s.busy);
}

function showError(error) {
  const box = $("error");
  box.hidden = !error;
  document.body.dataset.error = error ? error.kind : "";
  if (!error) return;
  if (error.kind === "compile") {
    $("error-title").textContent = `Compile error${error.compile.length > 1 ? "s" : ""}`;
    $("error-text").textContent = error.compile.map(e => `${e.file}:${e.line}:${e.column}: ${e.id}: ${e.message}`).join("\n");
  } else {
    const where = error.animation != null ? ` in animation ${error.animation}${error.animationName ? ` (${error.animationName})` : ""}` : "";
    $("error-title").textContent = `Exception${where}`;
    $("error-text").textContent = error.message + (error.location ? `\n  at ${error.location}` : "");
  }
}

function loadVideo(s, previous) {
  const wasPlaying = !video.paused && !video.ended;
  let target = video.currentTime || 0;
  // The first video opens where the address asks (…/#t=2.5), so a link can point at a moment of the scene.
  const asked = /^#t=([0-9.]+)$/.exec(location.hash);
  if (!previous?.video && asked) target = parseFloat(asked[1]);
  if (previous && previous.video && $("follow").checked && s.firstChanged != null && s.animations[s.firstChanged]) {
    target = s.animations[s.firstChanged].start;
  }
  video.src = s.video;
  video.addEventListener("loadeddata", () => {
    seek(Math.min(target, Math.max(0, s.duration - frameStep() / 2)));
    if (wasPlaying) video.play().catch(() => {});
    document.body.dataset.loaded = s.video;
  }, { once: true });
  video.load();
}

function drawTimeline() {
  const bars = $("bars");
  const sections = $("sections");
  if (!state || !state.duration) { bars.replaceChildren(); sections.replaceChildren(); return; }
  const d = state.duration;
  bars.replaceChildren(...state.animations.map(a => {
    const bar = document.createElement("div");
    bar.className = "bar" + (a.encoded ? " encoded" : "");
    bar.style.left = (100 * a.start / d) + "%";
    bar.style.width = `calc(${100 * a.duration / d}% - 2px)`;
    bar.dataset.index = String(a.index);
    bar.dataset.start = String(a.start);
    bar.title = `[${a.index}] ${a.name}: from ${fmt(a.start)}, ${fmt(a.duration)}`;
    const name = document.createElement("span");
    name.textContent = a.name;
    const time = document.createElement("span");
    time.className = "t";
    time.textContent = `${fmt(a.start)} · ${fmt(a.duration)}`;
    bar.append(name, time);
    bar.addEventListener("click", () => { video.pause(); seek(a.start); });
    return bar;
  }));
  sections.replaceChildren(...state.sections.map(s => {
    const marker = document.createElement("div");
    marker.className = "section";
    marker.style.left = (100 * s.start / d) + "%";
    marker.textContent = s.name;
    marker.dataset.start = String(s.start);
    return marker;
  }));
}

function tick() {
  if (state && state.duration) {
    $("playhead").style.left = (100 * video.currentTime / state.duration) + "%";
    $("time").textContent = `${fmt(video.currentTime)} / ${fmt(state.duration)}`;
    const current = currentAnimation();
    document.querySelectorAll(".bar").forEach((b, i) => b.classList.toggle("current", i === current));
    if (presenting && sectionEnd != null && !video.paused && video.currentTime >= sectionEnd - 1e-3) stopAtSectionEnd();
  }
  $("play").textContent = video.paused ? "▶" : "❚❚";
  requestAnimationFrame(tick);
}

// Present mode: the scene's sections are slides; each plays and stops at the next NextSection.
function sectionBounds(i) {
  const list = state.sections;
  return { start: list[i].start, end: i + 1 < list.length ? list[i + 1].start : state.duration };
}

function playSection(i) {
  if (!state || !state.sections.length) return;
  sectionIndex = Math.max(0, Math.min(i, state.sections.length - 1));
  const b = sectionBounds(sectionIndex);
  sectionEnd = b.end;
  seek(b.start);
  document.body.dataset.section = String(sectionIndex);
  document.body.dataset.presentState = "playing";
  const section = state.sections[sectionIndex];
  $("present-hint").textContent = `${sectionIndex + 1} / ${state.sections.length}: ${section.name} · → / space: next · ←: previous · Esc: leave`;
  video.play().catch(() => {});
}

function stopAtSectionEnd() {
  video.pause();
  // The section's last frame stays on screen, not the next section's first.
  seek(Math.max(sectionBounds(sectionIndex).start, sectionEnd - frameStep() / 2));
  sectionEnd = null;
  document.body.dataset.presentState = "stopped";
}

function enterPresent() {
  if (!state || !state.video) return;
  presenting = true;
  document.body.classList.add("presenting");
  $("present-hint").hidden = false;
  const start = state.sections.reduce((found, s, i) => (s.start <= video.currentTime + 1e-4 ? i : found), 0);
  if (document.fullscreenEnabled) $("player").requestFullscreen().catch(() => {});
  playSection(start);
}

function leavePresent() {
  presenting = false;
  sectionEnd = null;
  document.body.classList.remove("presenting");
  $("present-hint").hidden = true;
  document.body.dataset.presentState = "";
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

document.addEventListener("fullscreenchange", () => { if (!document.fullscreenElement && presenting) leavePresent(); });

video.addEventListener("ended", () => { if (presenting) { sectionEnd = null; document.body.dataset.presentState = "stopped"; } });

document.addEventListener("keydown", e => {
  if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement || !state) return;
  if (presenting) {
    if (e.key === "ArrowRight" || e.key === " " || e.key === "PageDown") {
      if (sectionEnd != null && !video.paused) stopAtSectionEnd();
      else if (sectionIndex + 1 < state.sections.length) playSection(sectionIndex + 1);
    } else if (e.key === "ArrowLeft" || e.key === "PageUp") playSection(sectionIndex - 1);
    else if (e.key === "Escape" || e.key === "p") leavePresent();
    else return;
    e.preventDefault();
    return;
  }
  const animations = state.animations;
  switch (e.key) {
    case " ": video.paused ? video.play().catch(() => {}) : video.pause(); break;
    case "ArrowRight": video.pause(); seek(video.currentTime + frameStep()); break;
    case "ArrowLeft": video.pause(); seek(video.currentTime - frameStep()); break;
    case "]": { const next = currentAnimation() + 1; if (next < animations.length) { video.pause(); seek(animations[next].start); } break; }
    case "[": {
      const current = currentAnimation();
      // Within an animation, [ goes to its start first, as a player's "previous track" does.
      const target = current >= 0 && video.currentTime - animations[current].start > frameStep() ? current : current - 1;
      if (target >= 0) { video.pause(); seek(animations[target].start); }
      break;
    }
    case "p": enterPresent(); break;
    default: return;
  }
  e.preventDefault();
});

$("play").addEventListener("click", () => (video.paused ? video.play().catch(() => {}) : video.pause()));
$("present").addEventListener("click", enterPresent);
$("scene").addEventListener("change", e => fetch(`/api/scene?name=${encodeURIComponent(e.target.value)}`, { method: "POST" }));
$("still-close").addEventListener("click", () => { $("still-panel").hidden = true; });
$("still").addEventListener("click", async () => {
  const t = video.currentTime;
  $("still").disabled = true;
  $("still-caption").textContent = `rendering the frame at ${fmt(t)}…`;
  $("still-panel").hidden = false;
  try {
    const response = await fetch(`/api/still?t=${t}`, { method: "POST" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { url } = await response.json();
    $("still-image").src = url;
    $("still-caption").textContent = `Frame at ${fmt(t)}, full quality: ${url}`;
    document.body.dataset.still = url;
  } catch (err) {
    $("still-caption").textContent = `The still failed: ${err.message}`;
  } finally {
    $("still").disabled = false;
  }
});

const events = new EventSource("/api/events");
events.addEventListener("state", e => applyState(JSON.parse(e.data)));
events.addEventListener("error", () => { $("status").textContent = "disconnected: is animlib preview still running?"; });
requestAnimationFrame(tick);
