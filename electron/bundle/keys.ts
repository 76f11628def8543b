import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { Store } from '../store';

export interface KeyPair {
  /** SubjectPublicKeyInfo DER, base64. */
  publicKey: string;
  /** PKCS#8 DER, base64. */
  privateKey: string;
}

export function generateKeys(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** This installation's key pair, made (and saved) the first time it is needed. */
export async function ensureKeys(store: Pick<Store, 'read' | 'update'>): Promise<KeyPair> {
  const { publicKey, privateKey } = store.read().sync;
  if (publicKey && privateKey) return { publicKey, privateKey };
  const keys = generateKeys();
  await store.update((db) => {
    db.sync.publicKey = keys.publicKey;
    db.sync.privateKey = keys.privateKey;
  });
  return keys;
}

/**
 * What a person compares by phone or email before trusting a key: the first 20 bytes of the SHA-256
 * of the public key, in groups of four hex digits.
 */
export function fingerprint(publicKey: string): string {
  const hex = createHash('sha256')
    .update(Buffer.from(publicKey, 'base64'))
    .digest('hex')
    .slice(0, 40)
    .toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function signBytes(privateKey: string, data: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return new Uint8Array(sign(null, data, key));
}

/** False for a bad signature and for a key that is not an Ed25519 public key at all. */
export function verifyBytes(publicKey: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

export function sha256Bytes(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
