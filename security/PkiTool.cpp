// cop-pki: makes certificates for the console and the track services (README "Security").
//   cop-pki demo DIR                       three nation CAs, a service certificate per nation,
//                                          an operator console per nation and one observer
//   cop-pki ca DIR NAME                    a CA: DIR/ca/NAME.pem, .key
//   cop-pki service DIR NATION --ca NAME   DIR/service/NATION.pem, .key (cop:service:NATION)
//   cop-pki console DIR ID --ca NAME --role operator|observer
//                                          DIR/console/ID.pem, .key (cop:console:ID, OU=role)
// --valid-days N (default 365) or --expired (ended yesterday). Files are replaced atomically, so
// issuing again while a service runs is a rotation. Keys are ECDSA P-256, readable by the owner
// only. A throwaway PKI for demonstrations and tests; a site issues from its own CAs.
#include "Certificate.h"
#include "Identity.h"

#include "StandardOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace {

using namespace Qt::StringLiterals;

struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct X509Free { void operator()(X509 *c) const { X509_free(c); } };
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
using Key = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
const QStringList kNations{u"US"_s, u"JP"_s, u"KR"_s};

struct Validity
{
    long fromS = 0; // relative to now
    long untilS = 0;
};

struct Subject
{
    QString organization, unit, commonName;
    QStringList altNames; // in openssl's form: URI:..., DNS:..., IP:...
};

struct Issuer
{
    Key key;
    Cert cert;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "cop-pki: %s\n", qPrintable(message));
    std::exit(kExitFailure);
}

QByteArray pem(auto write, auto *object)
{
    Bio out(BIO_new(BIO_s_mem()));
    write(out.get(), object);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, size);
}

void save(const QString &path, const QByteArray &bytes, bool secret)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(u"cannot write %1"_s.arg(path));
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        die(u"cannot write %1"_s.arg(path));
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, qPrintable(value));
    if (!extension)
        die(u"bad extension %1"_s.arg(value));
    X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
}

Key newKey()
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        die(u"cannot make a key"_s);
    return key;
}

// Self-signed when `issuer` is null, i.e. a CA.
Issuer issue(const Subject &subject, const Validity &validity, const Issuer *issuer,
             const QString &usage)
{
    Issuer made{newKey(), Cert(X509_new())};
    X509 *cert = made.cert.get();
    X509_set_version(cert, X509_VERSION_3);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert), validity.fromS);
    X509_gmtime_adj(X509_getm_notAfter(cert), validity.untilS);
    X509_NAME *name = X509_get_subject_name(cert);
    const auto add = [name](const char *field, const QString &value) {
        if (!value.isEmpty())
            X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value.toUtf8().constData()),
                                       -1, -1, 0);
    };
    add("O", subject.organization);
    add("OU", subject.unit);
    add("CN", subject.commonName);
    X509_set_pubkey(cert, made.key.get());
    X509 *signer = issuer ? issuer->cert.get() : cert;
    X509_set_issuer_name(cert, X509_get_subject_name(signer));
    const bool ca = issuer == nullptr;
    addExtension(cert, signer, NID_basic_constraints, ca ? u"critical,CA:TRUE"_s : u"critical,CA:FALSE"_s);
    addExtension(cert, signer, NID_key_usage,
                 ca ? u"critical,keyCertSign,cRLSign"_s : u"critical,digitalSignature"_s);
    addExtension(cert, signer, NID_subject_key_identifier, u"hash"_s);
    if (!ca) {
        addExtension(cert, signer, NID_authority_key_identifier, u"keyid:always"_s);
        addExtension(cert, signer, NID_ext_key_usage, usage);
        addExtension(cert, signer, NID_subject_alt_name, subject.altNames.join(u','));
    }
    if (!X509_sign(cert, issuer ? issuer->key.get() : made.key.get(), EVP_sha256()))
        die(u"cannot sign %1"_s.arg(subject.commonName));
    return made;
}

void write(const QString &dir, const QString &stem, const Issuer &made)
{
    save(dir + u'/' + stem + u".pem"_s, pem(PEM_write_bio_X509, made.cert.get()), false);
    save(dir + u'/' + stem + u".key"_s,
         pem([](BIO *out, EVP_PKEY *key) {
             return PEM_write_bio_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
         }, made.key.get()),
         true);
}

Issuer loadCa(const QString &dir, const QString &name)
{
    const auto read = [&](const QString &suffix) {
        QFile file(dir + u"/ca/"_s + name + suffix);
        if (!file.open(QIODevice::ReadOnly))
            die(u"no CA %1 in %2/ca (make it with: cop-pki ca %2 %1)"_s.arg(name, dir));
        return file.readAll();
    };
    const QByteArray certText = read(u".pem"_s), keyText = read(u".key"_s);
    Bio certIn(BIO_new_mem_buf(certText.constData(), int(certText.size())));
    Bio keyIn(BIO_new_mem_buf(keyText.constData(), int(keyText.size())));
    Issuer ca{Key(PEM_read_bio_PrivateKey(keyIn.get(), nullptr, nullptr, nullptr)),
              Cert(PEM_read_bio_X509(certIn.get(), nullptr, nullptr, nullptr))};
    if (!ca.key || !ca.cert)
        die(u"cannot read CA %1"_s.arg(name));
    return ca;
}

void makeCa(const QString &dir, const QString &name, const Validity &validity)
{
    write(dir + u"/ca"_s, name, issue({name, {}, name + u" COP demo CA"_s, {}}, validity, nullptr, {}));
}

void makeService(const QString &dir, const QString &nation, const QString &caName,
                 const Validity &validity)
{
    const Issuer ca = loadCa(dir, caName);
    const Subject subject{nation, u"service"_s, nation.toLower() + u".cop-service"_s,
                          {u"URI:"_s + QString::fromStdString(cop::security::serviceUri(nation.toStdString())),
                           u"DNS:"_s + nation.toLower() + u".cop-service"_s, u"DNS:localhost"_s,
                           u"IP:127.0.0.1"_s}};
    write(dir + u"/service"_s, nation, issue(subject, validity, &ca, u"serverAuth"_s));
}

void makeConsole(const QString &dir, const QString &id, const QString &caName, const QString &role,
                 const Validity &validity)
{
    const Issuer ca = loadCa(dir, caName);
    const Subject subject{caName, role, id,
                          {u"URI:"_s + QString::fromStdString(cop::security::consoleUri(id.toStdString()))}};
    write(dir + u"/console"_s, id, issue(subject, validity, &ca, u"clientAuth"_s));
}

// Every nation's console CA in one file: what a service verifies consoles against.
void bundleCas(const QString &dir)
{
    QByteArray all;
    for (const QString &nation : kNations) {
        QFile file(dir + u"/ca/"_s + nation + u".pem"_s);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    save(dir + u"/ca/all.pem"_s, all, false);
}

void makeDemo(const QString &dir, const Validity &validity)
{
    for (const QString &nation : kNations) {
        makeCa(dir, nation, validity);
        makeService(dir, nation, nation, validity);
    }
    bundleCas(dir);
    makeConsole(dir, u"us-1"_s, u"US"_s, u"operator"_s, validity);
    makeConsole(dir, u"tokyo-1"_s, u"JP"_s, u"operator"_s, validity);
    makeConsole(dir, u"seoul-1"_s, u"KR"_s, u"operator"_s, validity);
    makeConsole(dir, u"seoul-observer"_s, u"KR"_s, u"observer"_s, validity);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cop-pki"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Makes certificates for the COP console and track services."_s);
    parser.addPositionalArgument(u"command"_s, u"demo | ca | service | console"_s);
    const QCommandLineOption caOption(u"ca"_s, u"The issuing CA's name."_s, u"NAME"_s);
    const QCommandLineOption roleOption(u"role"_s, u"operator or observer."_s, u"ROLE"_s);
    const QCommandLineOption daysOption(u"valid-days"_s, u"Days from now (default 365)."_s,
                                        u"N"_s, u"365"_s);
    const QCommandLineOption expiredOption(u"expired"_s, u"Valid until yesterday."_s);
    const cop::cli::StandardOptions standard(&parser, {caOption, roleOption, daysOption, expiredOption});
    if (!parser.parse(QCoreApplication::arguments()))
        die(parser.errorText());
    if (const auto answer = standard.answer()) {
        std::fputs(qPrintable(*answer), stdout);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const double days = parser.value(daysOption).toDouble(&ok);
    if (!ok || days <= 0)
        die(u"--valid-days expects a positive number"_s);
    constexpr long kDayS = 86400;
    const Validity validity = parser.isSet(expiredOption) ? Validity{-2 * kDayS, -kDayS}
                                                          : Validity{-3600, long(days * kDayS)};
    const QString command = args.value(0);
    const QString dir = args.value(1);
    const QString name = args.value(2);
    const bool named = args.size() == 3;
    if (command == u"demo" && args.size() == 2) {
        makeDemo(dir, validity);
    } else if (command == u"ca" && named) {
        makeCa(dir, name, validity);
        bundleCas(dir);
    } else if (command == u"service" && named && parser.isSet(caOption)) {
        makeService(dir, name.toUpper(), parser.value(caOption), validity);
    } else if (command == u"console" && named && parser.isSet(caOption) && parser.isSet(roleOption)) {
        makeConsole(dir, name, parser.value(caOption), parser.value(roleOption), validity);
    } else {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return kExitUsage;
    }
    return 0;
}
