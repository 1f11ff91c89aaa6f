/**
 * Registers a storefront customer through Medusa's own auth routes and returns its id and a
 * signed-in bearer token, as a storefront would get them.
 */
export async function signUpCustomer(api: any, publishableKey: string, email: string, password = "customer-pass") {
  const headers = (token?: string) => ({
    headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  })
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post("/store/customers", { email, first_name: "Test" }, headers(registration.data.token))
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { customerId: created.data.customer.id as string, token: login.data.token as string }
}
