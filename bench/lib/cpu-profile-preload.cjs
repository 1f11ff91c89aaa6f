// Preloaded (NODE_OPTIONS=--require) into the plugin server when BENCH_CPU_PROFILE is set.
// `--cpu-prof` would profile the whole life of the process (boot, warm-up) and write only at
// exit; this profiles exactly the measured window instead: the first SIGUSR2 starts V8's
// CPU profiler, the next one stops it and writes $BENCH_PROFILE_DIR/profile-<n>.cpuprofile.
const inspector = require("node:inspector")
const fs = require("node:fs")
const path = require("node:path")

const dir = process.env.BENCH_PROFILE_DIR
let session = null
let count = 0

process.on("SIGUSR2", () => {
  if (!session) {
    session = new inspector.Session()
    session.connect()
    session.post("Profiler.enable", () => session.post("Profiler.start"))
    return
  }
  const current = session
  session = null
  current.post("Profiler.stop", (err, result) => {
    if (!err) {
      const file = path.join(dir, `profile-${++count}.cpuprofile`)
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile))
      fs.renameSync(`${file}.tmp`, file) // the bench waits for this name: write it whole
    }
    current.disconnect()
  })
})
