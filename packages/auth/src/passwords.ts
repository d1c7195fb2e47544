// Better-Auth's own scrypt format, so seeded credential accounts (providerId "credential",
// accountId = userId) sign in like accounts created through sign-up.
export { hashPassword, verifyPassword } from "better-auth/crypto";
