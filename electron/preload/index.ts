import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_API_KEY, createPreloadApi, type Invoke } from './api';

// Only named functions cross the bridge; ipcRenderer itself never reaches the page.
const invoke: Invoke = (channel, args) => ipcRenderer.invoke(channel, args);

contextBridge.exposeInMainWorld(PRELOAD_API_KEY, createPreloadApi(invoke));
