module.exports = async () => {
  await (globalThis as any).__LEASING_E2E_APP__?.stop()
}
