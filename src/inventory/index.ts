// Find, Find Agent and Export Inventory without VS Code: org-wide reads through the OrgStore, and
// the text formats they produce. The commands in the extension wrap these in quick picks and
// progress notifications.
export { collectInventory, type Inventory, type InventoryItem, type InventoryOptions, type InventoryProgress, type ItemKind } from './inventory';
export { findItems, type FindOptions, type FindResult, type FoundItem } from './find';
export { findAgent, matchAgents, type AgentMembership, type FindAgentResult, type FoundAgent } from './findAgent';
export { INVENTORY_COLUMNS, inventoryRows, inventoryToCsv, inventoryToJson, type InventoryRow } from './export';
export { csvField, neutraliseFormula, toCsv, type CsvOptions } from './csv';
export { parseQuery, type ParsedQuery } from './query';
export { DEFAULT_CONCURRENCY, type LocationRef, type ReadFailure } from './run';
