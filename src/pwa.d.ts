// Types of vite-plugin-pwa's `virtual:pwa-register`, which UpdatePrompt imports.
/// <reference types="vite-plugin-pwa/vanillajs" />
