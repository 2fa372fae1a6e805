/** The code's length, shared by the browser's form and the server (`codes.ts`, which needs node:crypto). */
export const CODE_LENGTH = 6;
