// `node bench/profile-top.mjs <file.cpuprofile> [count]`: the functions with the most self
// time in a V8 CPU profile, the same summed per package, and the inclusive time of the
// project's source files and of Medusa's core-flows steps.
import { readFileSync } from "node:fs"

const [file, countArg] = process.argv.slice(2)
if (!file) {
  console.error("usage: node bench/profile-top.mjs <file.cpuprofile> [count]")
  process.exit(2)
}
const count = Number(countArg) || 15
const profile = JSON.parse(readFileSync(file, "utf8"))

// Self time of a sample = the delta to the next sample (V8 records each sample's delta to the previous).
const selfUs = new Map()
const deltas = profile.timeDeltas || []
for (let i = 0; i < profile.samples.length; i++) {
  const us = deltas[i + 1] ?? 0
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) || 0) + us)
}
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0)
// "(idle)" is the event loop waiting (for PostgreSQL, mostly): percentages are of the busy rest.
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id))
const busyUs = totalUs - [...idleIds].reduce((a, id) => a + (selfUs.get(id) || 0), 0)

/** `pkg/file:line` for node_modules code, the project-relative path otherwise. */
function where(frame) {
  const url = frame.url.replace(/^file:\/\//, "")
  if (!url) return ""
  const nm = url.lastIndexOf("/node_modules/")
  const short =
    nm >= 0 ? url.slice(nm + 14) : url.replace(/^.*\/\.medusa\/server\//, "").replace(/^.*\/work\/main\//, "")
  return `${short}:${frame.lineNumber + 1}`
}
function owner(frame) {
  const url = frame.url.replace(/^file:\/\//, "")
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)"
  if (url.startsWith("node:")) return "node (core)"
  const nm = url.lastIndexOf("/node_modules/")
  if (nm < 0) return url.includes("/src/") ? "plugin src/" + url.split("/src/")[1].split("/")[0] : url
  const parts = url.slice(nm + 14).split("/")
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]
}

const byFunction = new Map()
const byOwner = new Map()
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) || 0
  if (!us || idleIds.has(node.id)) continue
  const f = node.callFrame
  const key = `${f.functionName || "(anonymous)"} ${where(f)}`
  byFunction.set(key, (byFunction.get(key) || 0) + us)
  byOwner.set(owner(f), (byOwner.get(owner(f)) || 0) + us)
}

// Inclusive time of the project's files and of core-flows' steps: each sample counts once for
// every such file on its stack. Async functions count only while they run, not while they await.
const parent = new Map()
for (const node of profile.nodes) for (const child of node.children || []) parent.set(child, node.id)
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]))
const fileOf = (frame) => {
  const url = frame.url.replace(/^file:\/\//, "")
  if (url.includes("/node_modules/")) {
    const m = /@medusajs\/core-flows\/dist\/(.*)$/.exec(url)
    return m ? `core-flows/${m[1]}` : null
  }
  return url.includes("/src/") ? "src/" + url.split("/src/").pop() : null
}
const inclusive = new Map()
for (const [id, us] of selfUs) {
  if (idleIds.has(id)) continue
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const f = fileOf(nodeById.get(at).callFrame)
    if (f) seen.add(f)
  }
  for (const f of seen) inclusive.set(f, (inclusive.get(f) || 0) + us)
}

const print = (title, map, n) => {
  console.log(`\n${title}`)
  console.log("| # | ms | % of busy | where |\n|--:|--:|--:|:--|")
  ;[...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([name, us], i) =>
      console.log(
        `| ${i + 1} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busyUs).toFixed(1)} | ${name.replace(/\|/g, "\\|")} |`
      )
    )
}
console.log(
  `${file}: ${(totalUs / 1000).toFixed(0)} ms sampled (${(busyUs / 1000).toFixed(0)} ms busy, the rest idle), ${profile.samples.length} samples`
)
print(`Top ${count} functions by self time`, byFunction, count)
print("Self time by package", byOwner, 12)
print("Inclusive time of the project's files and core-flows' steps (synchronous parts)", inclusive, 15)
