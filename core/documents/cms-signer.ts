import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';

/**
 * The CMS SignedData (RFC 5652) of a PAdES signature, written as DER directly. Everything but the
 * signing time, the message digest and the RSA signature is the same for every document an identity
 * signs, so the certificates and the signer's issuer and serial number are encoded once; a signature
 * then costs one SHA-256 over ~100 bytes of signed attributes and one RSA operation, where building
 * the message through node-forge's ASN.1 objects cost more than the RSA itself. The bytes are those
 * node-forge's `pkcs7.createSignedData` gave for the same input, field for field.
 */

const CERT_BAG = forge.pki.oids.certBag!;
const KEY_BAG = forge.pki.oids.pkcs8ShroudedKeyBag!;

/** A DER element: tag, definite length, content. */
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const length = content.reduce((n, c) => n + c.length, 0);
  let header: number[];
  if (length < 0x80) header = [tag, length];
  else if (length < 0x100) header = [tag, 0x81, length];
  else if (length < 0x10000) header = [tag, 0x82, length >> 8, length & 0xff];
  else header = [tag, 0x83, length >> 16, (length >> 8) & 0xff, length & 0xff];
  return Buffer.concat([Buffer.from(header), ...content]);
}
const SEQUENCE = 0x30;
const SET = 0x31;
const oid = (dotted: string) => Buffer.from(forge.asn1.oidToDer(dotted).getBytes(), 'binary');
const OID = (dotted: string) => tlv(0x06, oid(dotted));
const NULL = Buffer.from([0x05, 0x00]);
const INTEGER_1 = Buffer.from([0x02, 0x01, 0x01]);

const O = {
  signedData: OID(forge.pki.oids.signedData!),
  data: OID(forge.pki.oids.data!),
  sha256: OID(forge.pki.oids.sha256!),
  rsaEncryption: OID(forge.pki.oids.rsaEncryption!),
  contentType: OID(forge.pki.oids.contentType!),
  signingTime: OID(forge.pki.oids.signingTime!),
  messageDigest: OID(forge.pki.oids.messageDigest!),
};
const SHA256_ALGORITHM = tlv(SEQUENCE, O.sha256, NULL);
const RSA_ALGORITHM = tlv(SEQUENCE, O.rsaEncryption, NULL);

/**
 * RFC 2985 / RFC 5280: signing times from 1950 to 2049 as UTCTime (YYMMDDHHMMSSZ), others as
 * GeneralizedTime (YYYYMMDDHHMMSSZ).
 */
function timeDer(at: Date): Buffer {
  const year = at.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  const rest =
    `${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}` +
    `${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}Z`;
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(`${two(year % 100)}${rest}`, 'latin1'))
    : tlv(0x18, Buffer.from(`${String(year).padStart(4, '0')}${rest}`, 'latin1'));
}

/** A PKCS#12 identity, parsed once (key derivation in JavaScript is slow), ready to sign digests. */
export class CmsSigner {
  private readonly key: KeyObject;
  /** The certificates, as the [0] IMPLICIT field of SignedData. */
  private readonly certificates: Buffer;
  /** SignerInfo's version, issuerAndSerialNumber and digestAlgorithm. */
  private readonly signerHead: Buffer;

  constructor(p12Der: Buffer, passphrase: string) {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12Der.toString('binary')), false, passphrase);
    const certs = (p12.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).map((b: forge.pkcs12.Bag) => b.cert!);
    const key = p12.getBags({ bagType: KEY_BAG })[KEY_BAG]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
    const own = certs.find((c: forge.pki.Certificate) => {
      const pub = c.publicKey as forge.pki.rsa.PublicKey;
      return key && pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
    });
    if (!key || !own) throw new Error('the PKCS#12 file holds no certificate matching its private key');
    this.key = createPrivateKey(forge.pki.privateKeyToPem(key));
    const der = (a: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(a).getBytes(), 'binary');
    this.certificates = tlv(0xa0, ...certs.map((c: forge.pki.Certificate) => der(forge.pki.certificateToAsn1(c))));
    // The issuer as the certificate's own decoded attributes: node-forge re-encodes UTF-8 names once
    // more when it copies them from a parsed certificate, so a Chinese issuer name (every bureau's)
    // would no longer match the certificate and readers could not find the signer.
    const utf8 = forge.asn1.Type.UTF8 as unknown as number;
    const issuer = own.issuer.attributes.map((a) =>
      a.valueTagClass === utf8 ? { ...a, value: forge.util.decodeUtf8(a.value as string) } : a,
    );
    const issuerAndSerial = tlv(
      SEQUENCE,
      der(forge.pki.distinguishedNameToAsn1({ attributes: issuer } as forge.pki.Certificate['issuer'])),
      tlv(0x02, Buffer.from(own.serialNumber.length % 2 ? `0${own.serialNumber}` : own.serialNumber, 'hex')),
    );
    this.signerHead = Buffer.concat([INTEGER_1, issuerAndSerial, SHA256_ALGORITHM]);
  }

  /**
   * The DER of a detached CMS SignedData over content whose SHA-256 is `digest`, with content type,
   * signing time and message digest as signed attributes, signed with RSA PKCS#1 v1.5 and SHA-256.
   */
  sign(digest: Buffer, signingTime: Date): Buffer {
    const attributes = Buffer.concat([
      tlv(SEQUENCE, O.contentType, tlv(SET, O.data)),
      tlv(SEQUENCE, O.signingTime, tlv(SET, timeDer(signingTime))),
      tlv(SEQUENCE, O.messageDigest, tlv(SET, tlv(0x04, digest))),
    ]);
    // The signature covers the attributes' DER as a SET (RFC 5652 §5.4); the message carries them [0] IMPLICIT.
    const signature = sign('sha256', tlv(SET, attributes), this.key);
    const signerInfo = tlv(SEQUENCE, this.signerHead, tlv(0xa0, attributes), RSA_ALGORITHM, tlv(0x04, signature));
    const signedData = tlv(
      SEQUENCE,
      INTEGER_1,
      tlv(SET, SHA256_ALGORITHM),
      tlv(SEQUENCE, O.data),
      this.certificates,
      tlv(SET, signerInfo),
    );
    return tlv(SEQUENCE, O.signedData, tlv(0xa0, signedData));
  }
}
