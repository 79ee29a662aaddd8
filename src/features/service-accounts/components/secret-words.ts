// What the console says wherever a client secret is shown once: the create
// wizard's step 2 and Generate New Client Secret.
export const CLIENT_SECRET_WARNING = {
  warningTitle: "The Client Secret is only shown once: now.",
  warning:
    "Click Copy to add the Client Secret to the clipboard, then save it where your program reads it. Access Manager keeps no copy: if it is lost, generate a new client secret.",
  confirmLabel: "I have copied the client secret",
} as const;
