import { createContext, useContext } from 'react';
import type { WebModule } from './modules';

// The registered modules, provided by App from the wiring list. The menu and the workbench read
// them here rather than import the list, which names the pages that import the menu's file.
const ModulesContext = createContext<readonly WebModule[]>([]);

export const ModulesProvider = ModulesContext.Provider;

export const useModules = (): readonly WebModule[] => useContext(ModulesContext);
