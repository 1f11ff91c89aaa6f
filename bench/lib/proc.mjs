// Server-side figures read from Linux's /proc: CPU time (utime+stime, all threads) and
// resident memory, for a process and the processes below it.
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"

const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
  } catch {
    return 100
  }
})()

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8")
    return text.slice(text.lastIndexOf(")") + 2).split(" ")
  } catch {
    return null // the process is gone
  }
}

/** Every live process id with its parent id. */
function processTable() {
  const table = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const fields = statFields(entry)
    if (fields) table.push({ pid: Number(entry), ppid: Number(fields[1]) })
  }
  return table
}

function descendants(pid) {
  const table = processTable()
  const found = [pid]
  for (let i = 0; i < found.length; i++) {
    for (const p of table) if (p.ppid === found[i]) found.push(p.pid)
  }
  return found
}

/**
 * CPU milliseconds used so far by `pid` and its live descendants. With `reaped`, the CPU of
 * exited children is included too (cutime+cstime of each process): PostgreSQL's backends.
 */
export function cpuMs(pid, { reaped = false } = {}) {
  let ticks = 0
  for (const p of descendants(pid)) {
    const f = statFields(p)
    if (!f) continue
    // f[11] utime, f[12] stime, f[13] cutime, f[14] cstime (stat fields 14-17)
    ticks += Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0)
  }
  return (ticks * 1000) / CLK_TCK
}

function statusKb(pid, key) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${key}:`))
    return line ? Number(line.split(/\s+/)[1]) : 0
  } catch {
    return 0
  }
}

/**
 * Peak resident memory of one process over a window: VmHWM after resetting it (writing 5 to
 * clear_refs, Linux 4.0+), and VmRSS sampled every 100 ms as a fallback; the larger wins.
 */
export function startMemoryWatch(pid) {
  let hwmReset = false
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5")
    hwmReset = true
  } catch {}
  let sampled = statusKb(pid, "VmRSS")
  const timer = setInterval(() => {
    sampled = Math.max(sampled, statusKb(pid, "VmRSS"))
  }, 100)
  return {
    stop() {
      clearInterval(timer)
      sampled = Math.max(sampled, statusKb(pid, "VmRSS"))
      const hwm = hwmReset ? statusKb(pid, "VmHWM") : 0
      return { peakRssMb: Math.max(sampled, hwm) / 1024, hwmReset }
    },
  }
}

/** Waits until `pid` uses less than `idleMs` of CPU in 500 ms (in-flight work finished), at most `maxMs`. */
export async function waitForIdle(pid, { idleMs = 25, maxMs = 60_000 } = {}) {
  const deadline = Date.now() + maxMs
  let before = cpuMs(pid)
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500))
    const now = cpuMs(pid)
    if (now - before < idleMs) return true
    before = now
  }
  return false
}

/**
 * CPU ms used by the whole machine so far (all cores, /proc/stat), and stolen by the host:
 * minus what the server, PostgreSQL and the bench used, it tells how much other work ran.
 */
export function machineCpuMs() {
  const [, ...f] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number)
  // user nice system idle iowait irq softirq steal
  const busy = f[0] + f[1] + f[2] + f[5] + f[6]
  return { busy: (busy * 1000) / CLK_TCK, steal: ((f[7] || 0) * 1000) / CLK_TCK }
}
