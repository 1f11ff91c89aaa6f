export * from "./deliver-webhooks"
export * from "./enqueue-webhook-deliveries"
export * from "./manage-webhook-endpoints"
export * from "./utils/webhook-url"
