import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_CHANNEL, PRINT_PDF_CHANNEL, type SaringBridge } from '../../shared/api/bridge.ts';
import { isMethod } from '../../shared/api/contract.ts';
import { fail, type Result } from '../../shared/api/envelope.ts';

/**
 * The whole surface the page gets: one `call` that forwards contract methods to the main process, and
 * `printToPdf` for the printable reports. Names outside the contract never cross IPC. Like the web
 * bridge it answers with an envelope, never a throw (an input that cannot be cloned, say, rejects
 * invoke).
 */
const bridge: SaringBridge = {
  async call(method, input, session) {
    if (!isMethod(method)) return fail('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`);
    try {
      // The main process answers every call with an envelope; the renderer's client checks its shape.
      return (await ipcRenderer.invoke(IPC_CHANNEL, method, input, session)) as Result<unknown>;
    } catch (err) {
      return fail('internal', err instanceof Error ? err.message : 'The call did not reach the app');
    }
  },
  async printToPdf() {
    try {
      return (await ipcRenderer.invoke(PRINT_PDF_CHANNEL)) as Result<Uint8Array>;
    } catch (err) {
      return fail('internal', err instanceof Error ? err.message : 'The PDF could not be made');
    }
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
