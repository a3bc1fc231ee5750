// The GitHub Action's entry point (action.yml: runs.main = dist/index.js).
import { runAction } from "./action.js";

await runAction();
