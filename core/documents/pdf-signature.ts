import { createHash, generateKeyPairSync, verify as verifySignature, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import forge from 'node-forge';
import { CmsSigner } from './cms-signer.ts';
import { appendSignatureUpdate } from './signature-update.ts';

const CERT_BAG = forge.pki.oids.certBag!;
/** Parsing a PKCS#12 file is slow (key derivation in JavaScript): once per identity. */
const signers = new WeakMap<SigningIdentity, CmsSigner>();
/** Bytes reserved for the CMS message: a certificate chain of a few certificates fits. */
const SIGNATURE_LENGTH = 8192;

/**
 * PAdES signature of every issued PDF (ETSI.CAdES.detached, one signature over the whole file), so a
 * PDF reader shows who issued it and that it is unchanged since. The drawn seal stays the visible
 * mark; this is the cryptographic one. The certificate comes from configuration (a bureau's
 * electronic-seal provider issues it, see docs/DOCUMENTS.md); without one, a self-signed demo
 * certificate is made on first start and kept in the data folder.
 */
export interface SigningIdentity {
  p12: Buffer;
  passphrase: string;
  /** Who signs, as the certificate names it. */
  subject: string;
  /** Where it came from: the configured file, or the generated demo certificate. */
  source: 'configured' | 'demo';
}

let identity: SigningIdentity | undefined;

/** A self-signed certificate for the bureau, valid ten years, in a PKCS#12 container. */
export function makeDemoIdentity(organisation: string, now = new Date()): SigningIdentity {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  const digest = createHash('sha256').update(`${organisation}${now.toISOString()}`).digest('hex');
  cert.serialNumber = `01${digest.slice(0, 30)}`;
  cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const name = [
    { shortName: 'C', value: 'CN' },
    { shortName: 'O', value: organisation },
    { shortName: 'CN', value: `${organisation}（演示证书 demo）` },
  ];
  // node-forge writes attribute values as given: Chinese names go in as UTF-8 bytes in a UTF8String.
  const utf8 = name.map((a) => ({
    ...a,
    valueTagClass: forge.asn1.Type.UTF8 as unknown as number,
  }));
  cert.setSubject(utf8);
  cert.setIssuer(utf8);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], 'shenguan-demo', { algorithm: '3des' });
  return {
    p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'),
    passphrase: 'shenguan-demo',
    subject: `${organisation}（演示证书 demo）`,
    source: 'demo',
  };
}

function subjectOf(p12: Buffer, passphrase: string): string {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  const bag = parsed.getBags({ bagType: CERT_BAG })[CERT_BAG]?.[0];
  if (!bag?.cert) throw new Error('no certificate in the PKCS#12 file');
  const cn = bag.cert.subject.getField('CN')?.value as string | undefined;
  return cn
    ? forge.util.decodeUtf8(cn)
    : bag.cert.subject.attributes.map((a: { value?: unknown }) => a.value).join(', ');
}

/**
 * Sets the signing identity at start: `SHENGUAN_SIGNING_P12` (+ `SHENGUAN_SIGNING_P12_PASSWORD`) when
 * configured; otherwise `<dataDir>/signing/demo-signing.p12`, made on first start.
 */
export function configureSigning(
  options: { dataDir?: string; organisation: string },
  env: NodeJS.ProcessEnv = process.env,
): SigningIdentity {
  const configured = env.SHENGUAN_SIGNING_P12;
  if (configured) {
    const p12 = readFileSync(configured);
    const passphrase = env.SHENGUAN_SIGNING_P12_PASSWORD ?? '';
    identity = { p12, passphrase, subject: subjectOf(p12, passphrase), source: 'configured' };
    return identity;
  }
  if (!options.dataDir) return (identity = makeDemoIdentity(options.organisation));
  const file = join(options.dataDir, 'signing', 'demo-signing.p12');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, makeDemoIdentity(options.organisation).p12, { mode: 0o600 });
  }
  const p12 = readFileSync(file);
  identity = { p12, passphrase: 'shenguan-demo', subject: subjectOf(p12, 'shenguan-demo'), source: 'demo' };
  return identity;
}

/** The identity in force; a process that never configured one (tests, one-off CLI runs) gets an in-memory demo one. */
export function signingIdentity(organisation: string): SigningIdentity {
  identity ??= makeDemoIdentity(organisation);
  return identity;
}

/**
 * Signs a rendered PDF: an incremental update appends the signature dictionary, so the rendered
 * bytes stay a prefix of the signed file. The signing time is the document's own, so signing the
 * same rendering with the same certificate gives the same bytes. The byte ranges are hashed where
 * they lie and the CMS message is written into the placeholder in place.
 */
export async function signPdf(
  pdf: Buffer,
  o: { id: SigningIdentity; signedAt: Date; reason: string; location: string },
): Promise<Buffer> {
  // The signature dictionary's strings are kept ASCII (PDFDocEncoding would need more); readers show
  // the signer's name from the certificate.
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '').trim();
  const update = appendSignatureUpdate(
    pdf,
    {
      reason: ascii(o.reason),
      name: ascii(o.id.subject) || 'Shenguan Hub signing certificate',
      location: ascii(o.location),
      signedAt: o.signedAt,
      appName: 'ShenguanHub',
    },
    SIGNATURE_LENGTH,
  );
  const signed = update.pdf;
  const digest = createHash('sha256')
    .update(signed.subarray(0, update.contentsStart))
    .update(signed.subarray(update.contentsEnd))
    .digest();
  let signer = signers.get(o.id);
  if (!signer) signers.set(o.id, (signer = new CmsSigner(o.id.p12, o.id.passphrase)));
  const cms = signer.sign(digest, o.signedAt);
  if (cms.length > SIGNATURE_LENGTH) throw new Error(`the signature (${cms.length} bytes) exceeds its placeholder`);
  signed.write(cms.toString('hex'), update.contentsStart + 1, 'latin1');
  return signed;
}

export interface SignatureCheck {
  valid: boolean;
  /** Whether the signature covers the whole file: nothing was appended after signing. */
  coversWholeFile: boolean;
  digestMatches: boolean;
  signatureVerifies: boolean;
  signer: string | null;
  issuer: string | null;
  selfSigned: boolean;
  signedAt: string | null;
  certificateSha256: string | null;
  /** The bytes that were signed end here: the PDF as rendered, before the signature was added. */
  signedRevisionLength: number | null;
}

const OID = { messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5' };

/**
 * Checks a signed PDF offline: the byte range covers the file but for the signature itself, the CMS
 * message digest equals the SHA-256 of those bytes, and the signature over the signed attributes
 * verifies with the certificate inside. Trust in the certificate (a CA chain) is a reader's matter.
 */
export function verifyPdfSignature(pdf: Buffer): SignatureCheck {
  const raw = pdf.toString('latin1');
  const at = raw.lastIndexOf('/ByteRange');
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(raw.slice(at));
  const none: SignatureCheck = {
    valid: false,
    coversWholeFile: false,
    digestMatches: false,
    signatureVerifies: false,
    signer: null,
    issuer: null,
    selfSigned: false,
    signedAt: null,
    certificateSha256: null,
    signedRevisionLength: null,
  };
  if (at < 0 || !range) return none;
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number];
  const coversWholeFile = a === 0 && c + d === pdf.length && b < c;
  let p7: forge.pkcs7.PkcsSignedData & {
    rawCapture: { authenticatedAttributes?: forge.asn1.Asn1[]; signature: string; digestAlgorithm: string };
  };
  try {
    const der = cmsDer(Buffer.from(raw.slice(b + 1, c - 1), 'hex')).toString('binary');
    p7 = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(der, true)) as typeof p7;
  } catch {
    return { ...none, coversWholeFile };
  }
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const attrs = p7.rawCapture.authenticatedAttributes ?? [];
  const attr = (oid: string) =>
    attrs.find((x) => forge.asn1.derToOid((x.value as forge.asn1.Asn1[])[0]!.value as string) === oid);
  const attrValue = (x: forge.asn1.Asn1 | undefined) =>
    x ? ((((x.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as string) ?? null) : null;
  const digest = attrValue(attr(OID.messageDigest));
  const digestMatches =
    digest !== null && Buffer.from(digest, 'binary').equals(createHash('sha256').update(signed).digest());
  const cert = p7.certificates[0];
  if (!cert) return { ...none, coversWholeFile, digestMatches };
  const certDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const x509 = new X509Certificate(certDer);
  // The signature is over the DER of the signed attributes as a SET (RFC 5652 §5.4).
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
  const signatureVerifies = verifySignature(
    'sha256',
    Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'),
    x509.publicKey,
    Buffer.from(p7.rawCapture.signature, 'binary'),
  );
  const timeAttr = attr(OID.signingTime);
  const time = attrValue(timeAttr);
  // UTCTime up to 2049, GeneralizedTime from 2050 (RFC 5652 §11.3).
  const generalized =
    timeAttr &&
    ((timeAttr.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.type === forge.asn1.Type.GENERALIZEDTIME;
  const name = (n: forge.pki.Certificate['subject']) => {
    const cn = n.getField('CN')?.value as string | undefined;
    return cn ? forge.util.decodeUtf8(cn) : null;
  };
  return {
    valid: coversWholeFile && digestMatches && signatureVerifies,
    coversWholeFile,
    digestMatches,
    signatureVerifies,
    signer: name(cert.subject),
    issuer: name(cert.issuer),
    selfSigned: x509.issuer === x509.subject && x509.verify(x509.publicKey),
    signedAt: time
      ? (generalized ? forge.asn1.generalizedTimeToDate(time) : forge.asn1.utcTimeToDate(time)).toISOString()
      : null,
    certificateSha256: createHash('sha256').update(certDer).digest('hex'),
    signedRevisionLength: signedRevision(raw, a + b),
  };
}

/**
 * The CMS message in the /Contents placeholder, cut at the length its own DER header gives. The
 * placeholder is padded with zero bytes, but the message itself ends with the RSA signature, whose last
 * byte is 0x00 once in 256 signings: trimming trailing zeros cut that byte off and the signature then
 * failed to verify (the intermittent `valid: false` of issue 14).
 */
function cmsDer(contents: Buffer): Buffer {
  if (contents.length < 2 || contents[0] !== 0x30) throw new Error('the signature is not a DER SEQUENCE');
  const first = contents[1]!;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4) throw new Error('the signature has no definite DER length');
    length = contents.subarray(2, 2 + octets).reduce((n, byte) => n * 256 + byte, 0);
    header += octets;
  }
  if (header + length > contents.length) throw new Error('the signature runs past its placeholder');
  return contents.subarray(0, header + length);
}

/** The end of the revision before the signature: the %%EOF that precedes the signature dictionary. */
function signedRevision(raw: string, before: number): number | null {
  const eof = raw.lastIndexOf('%%EOF', before);
  if (eof < 0) return null;
  let end = eof + 5;
  while (raw[end] === '\n' || raw[end] === '\r') end++;
  return end;
}
