export { sniffFileType, SNIFFABLE_TYPES, type SniffedType } from './sniff-file-type.ts';
export { createDiskFileStore, type FileStore, type StoredFile, type PutOptions } from './disk-file-store.ts';
export { sendStoredFile } from './send-stored-file.ts';
