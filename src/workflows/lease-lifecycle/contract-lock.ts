/** The lock every workflow that changes a contract holds (the delivery's key). */
export const contractLockKey = (id: string) => `lease_contract:${id}`
export const CONTRACT_LOCK = { timeout: 5, ttl: 30 }
