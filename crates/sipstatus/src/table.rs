//! The table: every SIP response code, written once.
//!
//! Each row gives the code, the constant name (the phrase in SCREAMING_SNAKE
//! case; 606 is `NOT_ACCEPTABLE_ANYWHERE` because 406 has the same phrase),
//! the reason phrase exactly as registered, the registry status, the
//! defining documents with their sections, the aliases, and a description in
//! English and German. Rows are in code order; a duplicated or unsorted code
//! and an alias that names two codes stop compilation.
//!
//! Sources: the IANA registry "Session Initiation Protocol (SIP) Parameters",
//! sub-registry "Response Codes", and the RFCs it cites; RFC 2543 for the
//! codes only it defined.

use crate::Entry;

sip_status_table! {
    // 1xx: provisional (RFC 3261 §21.1)
    100 TRYING "Trying" {
        status: Registered,
        refs: ["RFC 3261 §21.1.1"],
        aliases: [],
        en: "The next-hop server has received the request and is acting on it, for example consulting a database. Like every provisional response, it stops the client retransmitting an INVITE.",
        de: "Der Server des nächsten Hops hat die Anfrage erhalten und bearbeitet sie, etwa mit einer Datenbankabfrage. Wie jede vorläufige Antwort beendet sie beim Client die Sendewiederholung eines INVITE.",
    }
    180 RINGING "Ringing" {
        status: Registered,
        refs: ["RFC 3261 §21.1.2"],
        aliases: [],
        en: "The user agent that received the INVITE is alerting its user, for example by ringing.",
        de: "Der User Agent, der das INVITE erhalten hat, macht seinen Benutzer auf den Anruf aufmerksam, etwa durch Klingeln.",
    }
    181 CALL_IS_BEING_FORWARDED "Call Is Being Forwarded" {
        status: Registered,
        refs: ["RFC 3261 §21.1.3"],
        aliases: [],
        en: "A server is forwarding the call to a different set of destinations.",
        de: "Ein Server leitet den Anruf an andere Ziele weiter.",
    }
    182 QUEUED "Queued" {
        status: Registered,
        refs: ["RFC 3261 §21.1.4"],
        aliases: [],
        en: "The callee is temporarily unavailable and the server has queued the call instead of rejecting it; the final response follows once the callee is free. The phrase may give details such as the calls waiting ahead or the expected waiting time.",
        de: "Der Angerufene ist vorübergehend nicht verfügbar; der Server stellt den Anruf in eine Warteschlange, statt ihn abzulehnen, und die endgültige Antwort folgt, sobald er frei ist. Die Reason-Phrase kann Details wie die wartenden Anrufe oder die Wartezeit nennen.",
    }
    183 SESSION_PROGRESS "Session Progress" {
        status: Registered,
        refs: ["RFC 3261 §21.1.5"],
        aliases: ["Session in Progress"],
        en: "Reports call progress that no other provisional response covers. Header fields or a body may carry details, often an SDP answer for early media such as ringback tones or announcements.",
        de: "Meldet einen Fortschritt des Anrufs, für den es keine andere vorläufige Antwort gibt. Header oder Body können Details tragen, häufig eine SDP-Antwort für Early Media wie Freiton oder Ansagen.",
    }
    199 EARLY_DIALOG_TERMINATED "Early Dialog Terminated" {
        status: Registered,
        refs: ["RFC 6228 §6"],
        aliases: [],
        en: "An early dialog created by the INVITE has been terminated before a final response, so the caller can release what it held for that dialog, such as early media.",
        de: "Ein durch das INVITE entstandener früher Dialog wurde vor der endgültigen Antwort beendet, sodass der Anrufer die dafür gehaltenen Ressourcen, etwa Early Media, freigeben kann.",
    }

    // 2xx: success (RFC 3261 §21.2)
    200 OK "OK" {
        status: Registered,
        refs: ["RFC 3261 §21.2.1"],
        aliases: [],
        en: "The request has succeeded. What the response carries depends on the method; for an INVITE, the callee has accepted the session.",
        de: "Die Anfrage war erfolgreich. Was die Antwort enthält, hängt von der Methode ab; bei einem INVITE hat der Angerufene die Sitzung angenommen.",
    }
    202 ACCEPTED "Accepted" {
        status: Deprecated,
        refs: ["RFC 6665 §8.3.1", "RFC 3265 §7.3.1"],
        aliases: ["Accepted (Deprecated)"],
        en: "The request was accepted for processing, but its outcome is not yet known; it was used for SUBSCRIBE and REFER. RFC 6665 deprecated it: notifiers send 200 instead, and a 202 received is treated as 200.",
        de: "Die Anfrage wurde zur Bearbeitung angenommen, ihr Ergebnis steht aber noch nicht fest; verwendet wurde der Code für SUBSCRIBE und REFER. RFC 6665 hat ihn abgekündigt: Notifier senden stattdessen 200, und ein empfangenes 202 wird wie 200 behandelt.",
    }
    204 NO_NOTIFICATION "No Notification" {
        status: Registered,
        refs: ["RFC 5839 §7.1"],
        aliases: [],
        en: "Answers a conditional SUBSCRIBE: the subscription succeeded, but no NOTIFY follows, because the state still matches the entity-tag the subscriber already holds.",
        de: "Antwort auf ein bedingtes SUBSCRIBE: Das Abonnement ist erfolgreich, es folgt aber kein NOTIFY, weil der Zustand noch dem Entity-Tag entspricht, den der Abonnent bereits kennt.",
    }

    // 3xx: redirection (RFC 3261 §21.3)
    300 MULTIPLE_CHOICES "Multiple Choices" {
        status: Registered,
        refs: ["RFC 3261 §21.3.1"],
        aliases: [],
        en: "The Request-URI resolved to several locations, listed in Contact; the user or the user agent may pick one and send the request there.",
        de: "Die Request-URI führt zu mehreren Zielen, die im Contact-Header stehen; Benutzer oder User Agent können eines auswählen und die Anfrage dorthin senden.",
    }
    301 MOVED_PERMANENTLY "Moved Permanently" {
        status: Registered,
        refs: ["RFC 3261 §21.3.2"],
        aliases: [],
        en: "The user is no longer at the Request-URI. The client should retry at the address in Contact and update address books and caches with it.",
        de: "Der Benutzer ist unter der Request-URI nicht mehr erreichbar. Der Client sollte es unter der Adresse im Contact-Header erneut versuchen und Adressbücher und Caches damit aktualisieren.",
    }
    302 MOVED_TEMPORARILY "Moved Temporarily" {
        status: Registered,
        refs: ["RFC 3261 §21.3.3"],
        aliases: [],
        en: "The client should retry at the address in Contact, which is valid only for a while; an Expires value may say how long.",
        de: "Der Client sollte es unter der Adresse im Contact-Header erneut versuchen; sie gilt nur vorübergehend, ein Expires-Wert kann angeben, wie lange.",
    }
    303 SEE_OTHER "See Other" {
        status: Obsolete,
        refs: ["RFC 2543 §5.1.1"],
        aliases: [],
        en: "Named only in the status-code grammar of the obsolete RFC 2543, which gives it no definition of its own; its meaning is HTTP/1.1's: the answer to the request is to be found at another URI. Never registered; RFC 3261 dropped it.",
        de: "Nur in der Statuscode-Grammatik des veralteten RFC 2543 genannt, der ihn nicht eigens definiert; er bedeutet, was er in HTTP/1.1 bedeutet: Die Antwort auf die Anfrage ist unter einer anderen URI zu finden. Nie registriert; RFC 3261 hat den Code gestrichen.",
    }
    305 USE_PROXY "Use Proxy" {
        status: Registered,
        refs: ["RFC 3261 §21.3.4"],
        aliases: [],
        en: "The resource must be reached through the proxy whose URI is in Contact; the client repeats this one request through that proxy. Only a UAS may send it.",
        de: "Die Ressource ist nur über den Proxy erreichbar, dessen URI im Contact-Header steht; der Client wiederholt diese eine Anfrage über ihn. Nur ein UAS darf den Code senden.",
    }
    380 ALTERNATIVE_SERVICE "Alternative Service" {
        status: Registered,
        refs: ["RFC 3261 §21.3.5"],
        aliases: [],
        en: "The call failed, but alternative services are possible; the response body describes them.",
        de: "Der Anruf ist gescheitert, alternative Dienste sind aber möglich; der Body der Antwort beschreibt sie.",
    }

    // 4xx: client error, request failure (RFC 3261 §21.4)
    400 BAD_REQUEST "Bad Request" {
        status: Registered,
        refs: ["RFC 3261 §21.4.1"],
        aliases: [],
        en: "The request has malformed syntax and could not be understood; the reason phrase should name the problem, such as a missing header field.",
        de: "Die Anfrage ist syntaktisch fehlerhaft und wurde nicht verstanden; die Reason-Phrase sollte das Problem nennen, etwa einen fehlenden Header.",
    }
    401 UNAUTHORIZED "Unauthorized" {
        status: Registered,
        refs: ["RFC 3261 §21.4.2"],
        aliases: [],
        en: "The request needs user authentication: a UAS or registrar sends a WWW-Authenticate challenge, and the client retries with credentials.",
        de: "Die Anfrage erfordert eine Authentifizierung des Benutzers: Ein UAS oder Registrar sendet eine WWW-Authenticate-Challenge, und der Client wiederholt die Anfrage mit Zugangsdaten.",
    }
    402 PAYMENT_REQUIRED "Payment Required" {
        status: Registered,
        refs: ["RFC 3261 §21.4.3"],
        aliases: [],
        en: "Reserved for future use; RFC 3261 defines no behaviour for it.",
        de: "Für künftige Verwendung reserviert; RFC 3261 legt kein Verhalten dafür fest.",
    }
    403 FORBIDDEN "Forbidden" {
        status: Registered,
        refs: ["RFC 3261 §21.4.4"],
        aliases: [],
        en: "The server understood the request but refuses to fulfil it. Authentication will not help, and the request should not be repeated.",
        de: "Der Server hat die Anfrage verstanden, verweigert aber ihre Ausführung. Eine Authentifizierung hilft nicht, und die Anfrage sollte nicht wiederholt werden.",
    }
    404 NOT_FOUND "Not Found" {
        status: Registered,
        refs: ["RFC 3261 §21.4.5"],
        aliases: [],
        en: "The server knows for certain that the user does not exist in the domain of the Request-URI, or the domain is not one it serves.",
        de: "Der Server weiß sicher, dass der Benutzer in der Domain der Request-URI nicht existiert, oder er ist für diese Domain nicht zuständig.",
    }
    405 METHOD_NOT_ALLOWED "Method Not Allowed" {
        status: Registered,
        refs: ["RFC 3261 §21.4.6"],
        aliases: [],
        en: "The method is understood but not allowed for this Request-URI; the response lists the allowed methods in an Allow header.",
        de: "Die Methode ist bekannt, für diese Request-URI aber nicht erlaubt; die Antwort nennt die erlaubten Methoden im Allow-Header.",
    }
    406 NOT_ACCEPTABLE "Not Acceptable" {
        status: Registered,
        refs: ["RFC 3261 §21.4.7"],
        aliases: [],
        en: "The resource can only produce responses whose content is not acceptable under the Accept header fields of the request.",
        de: "Die Ressource kann nur Antworten mit Inhalten erzeugen, die laut den Accept-Headern der Anfrage nicht akzeptiert werden.",
    }
    407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" {
        status: Registered,
        refs: ["RFC 3261 §21.4.8"],
        aliases: [],
        en: "Like 401, but the client must first authenticate with a proxy, which sends a Proxy-Authenticate challenge.",
        de: "Wie 401, doch der Client muss sich zuerst bei einem Proxy authentifizieren, der dazu eine Proxy-Authenticate-Challenge sendet.",
    }
    408 REQUEST_TIMEOUT "Request Timeout" {
        status: Registered,
        refs: ["RFC 3261 §21.4.9"],
        aliases: [],
        en: "The server could not produce a response in time, for example because it could not locate the user; the client may repeat the request unchanged later.",
        de: "Der Server konnte nicht rechtzeitig antworten, etwa weil er den Benutzer nicht finden konnte; der Client darf die Anfrage später unverändert wiederholen.",
    }
    409 CONFLICT "Conflict" {
        status: Obsolete,
        refs: ["RFC 2543 §7.4.10"],
        aliases: [],
        en: "Defined only by the obsolete RFC 2543: the request conflicted with the current state of the resource, in SIP a REGISTER at odds with existing registrations. Never registered; RFC 3261 dropped it.",
        de: "Nur im veralteten RFC 2543 definiert: Die Anfrage stand im Konflikt mit dem aktuellen Zustand der Ressource, in SIP ein REGISTER im Widerspruch zu bestehenden Registrierungen. Nie registriert; RFC 3261 hat den Code gestrichen.",
    }
    410 GONE "Gone" {
        status: Registered,
        refs: ["RFC 3261 §21.4.10"],
        aliases: [],
        en: "The user was once reachable here but no longer is, and no forwarding address is known; the condition is considered permanent.",
        de: "Der Benutzer war hier einmal erreichbar, ist es aber nicht mehr, und eine Weiterleitungsadresse ist nicht bekannt; der Zustand gilt als dauerhaft.",
    }
    411 LENGTH_REQUIRED "Length Required" {
        status: Obsolete,
        refs: ["RFC 2543 §7.4.12"],
        aliases: [],
        en: "Defined only by the obsolete RFC 2543: the server refused a request without a Content-Length. Never registered; RFC 3261 dropped it.",
        de: "Nur im veralteten RFC 2543 definiert: Der Server lehnte eine Anfrage ohne Content-Length ab. Nie registriert; RFC 3261 hat den Code gestrichen.",
    }
    412 CONDITIONAL_REQUEST_FAILED "Conditional Request Failed" {
        status: Registered,
        refs: ["RFC 3903 §11.2.1"],
        aliases: ["Precondition Failed"],
        en: "The condition of a conditional request failed: the entity-tag in the SIP-If-Match header of a PUBLISH matches no publication the server holds.",
        de: "Die Bedingung einer bedingten Anfrage ist nicht erfüllt: Der Entity-Tag im SIP-If-Match-Header eines PUBLISH passt zu keiner Veröffentlichung, die der Server kennt.",
    }
    413 REQUEST_ENTITY_TOO_LARGE "Request Entity Too Large" {
        status: Registered,
        refs: ["RFC 3261 §21.4.11"],
        aliases: [],
        en: "The request body is larger than the server is willing or able to process; if the condition is temporary, Retry-After says when to try again.",
        de: "Der Body der Anfrage ist größer, als der Server verarbeiten will oder kann; ist der Zustand vorübergehend, nennt Retry-After den Zeitpunkt für einen neuen Versuch.",
    }
    414 REQUEST_URI_TOO_LONG "Request-URI Too Long" {
        status: Registered,
        refs: ["RFC 3261 §21.4.12"],
        aliases: ["Request URI Too Long", "Request-URI Too Large"],
        en: "The Request-URI is longer than the server is willing to interpret.",
        de: "Die Request-URI ist länger, als der Server zu interpretieren bereit ist.",
    }
    415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" {
        status: Registered,
        refs: ["RFC 3261 §21.4.13"],
        aliases: [],
        en: "The request body has a format, encoding or language the server does not support for this method; Accept, Accept-Encoding or Accept-Language list what it takes.",
        de: "Der Body der Anfrage hat ein Format, eine Kodierung oder eine Sprache, die der Server für diese Methode nicht unterstützt; Accept, Accept-Encoding oder Accept-Language nennen, was er annimmt.",
    }
    416 UNSUPPORTED_URI_SCHEME "Unsupported URI Scheme" {
        status: Registered,
        refs: ["RFC 3261 §21.4.14"],
        aliases: [],
        en: "The server cannot process the request because it does not know the scheme of the Request-URI.",
        de: "Der Server kann die Anfrage nicht bearbeiten, weil er das Schema der Request-URI nicht kennt.",
    }
    417 UNKNOWN_RESOURCE_PRIORITY "Unknown Resource-Priority" {
        status: Registered,
        refs: ["RFC 4412 §4.6.2"],
        aliases: [],
        en: "The request required Resource-Priority handling, but the server understands none of its namespaces or priority values; the response may list those it does in Accept-Resource-Priority.",
        de: "Die Anfrage verlangte eine Behandlung nach Resource-Priority, doch der Server versteht keinen ihrer Namensräume oder Prioritätswerte; die Antwort kann die, die er kennt, in Accept-Resource-Priority nennen.",
    }
    420 BAD_EXTENSION "Bad Extension" {
        status: Registered,
        refs: ["RFC 3261 §21.4.15"],
        aliases: [],
        en: "The server does not understand an extension required in Require or Proxy-Require; the Unsupported header lists which.",
        de: "Der Server versteht eine im Require- oder Proxy-Require-Header verlangte Erweiterung nicht; der Unsupported-Header nennt sie.",
    }
    421 EXTENSION_REQUIRED "Extension Required" {
        status: Registered,
        refs: ["RFC 3261 §21.4.16"],
        aliases: [],
        en: "The UAS needs an extension to process the request that the Supported header of the request does not list; the response names it in Require.",
        de: "Der UAS benötigt zur Bearbeitung eine Erweiterung, die der Supported-Header der Anfrage nicht aufführt; die Antwort nennt sie im Require-Header.",
    }
    422 SESSION_INTERVAL_TOO_SMALL "Session Interval Too Small" {
        status: Registered,
        refs: ["RFC 4028 §6"],
        aliases: ["Session Timer Too Small"],
        en: "The Session-Expires interval of the request is below the server's minimum; the response gives that minimum in Min-SE so that the client can retry.",
        de: "Das Session-Expires-Intervall der Anfrage liegt unter dem Minimum des Servers; die Antwort nennt dieses Minimum im Min-SE-Header, damit der Client es erneut versuchen kann.",
    }
    423 INTERVAL_TOO_BRIEF "Interval Too Brief" {
        status: Registered,
        refs: ["RFC 3261 §21.4.17"],
        aliases: ["Interval Too Short"],
        en: "The expiration time asked for a refreshed resource, such as a registration, is too short; the response gives the shortest allowed in Min-Expires.",
        de: "Die verlangte Gültigkeitsdauer einer aufzufrischenden Ressource, etwa einer Registrierung, ist zu kurz; die Antwort nennt das erlaubte Minimum im Min-Expires-Header.",
    }
    424 BAD_LOCATION_INFORMATION "Bad Location Information" {
        status: Registered,
        refs: ["RFC 6442 §4.3"],
        aliases: [],
        en: "The location information sent with the request (Geolocation) was malformed, unsuitable for the recipient's purpose, or could not be retrieved.",
        de: "Die mit der Anfrage gesendete Standortinformation (Geolocation) war fehlerhaft, für den Zweck des Empfängers ungeeignet oder nicht abrufbar.",
    }
    425 BAD_ALERT_MESSAGE "Bad Alert Message" {
        status: Registered,
        refs: ["RFC 8876 §5.1"],
        aliases: [],
        en: "The recipient rejects the alert message of a non-interactive emergency call, a CAP payload, as malformed or unacceptable; an AlertMsg-Error header may say why.",
        de: "Der Empfänger weist die Alarmmeldung eines nicht interaktiven Notrufs, eine CAP-Nachricht, als fehlerhaft oder nicht annehmbar zurück; ein AlertMsg-Error-Header kann den Grund nennen.",
    }
    428 USE_IDENTITY_HEADER "Use Identity Header" {
        status: Registered,
        refs: ["RFC 8224 §6.2.2"],
        aliases: [],
        en: "The verifier's policy requires an Identity header, a signed assertion of the caller's identity, but the request carried none, or none with a PASSporT type (ppt) that the verifier supports.",
        de: "Die Richtlinie des Prüfers verlangt einen Identity-Header, eine signierte Angabe der Anruferidentität, doch die Anfrage enthielt keinen oder keinen mit einem PASSporT-Typ (ppt), den der Prüfer unterstützt.",
    }
    429 PROVIDE_REFERRER_IDENTITY "Provide Referrer Identity" {
        status: Registered,
        refs: ["RFC 3892 §5"],
        aliases: [],
        en: "The refer target requires a valid, signed Referred-By token naming the referrer, and the request the referee sent on the referrer's behalf had none; the referee reports the 429 to the referrer in a NOTIFY. A referee may also reject a REFER with 429.",
        de: "Das Refer-Ziel verlangt ein gültiges, signiertes Referred-By-Token des Referrers, doch die in dessen Auftrag gesendete Anfrage des Referees hatte keines; der Referee meldet die 429 per NOTIFY an den Referrer. Auch ein Referee kann ein REFER mit 429 ablehnen.",
    }
    430 FLOW_FAILED "Flow Failed" {
        status: Registered,
        refs: ["RFC 5626 §11.5"],
        aliases: [],
        en: "A particular outbound flow to the user agent has failed, though other flows may work. It is meant for proxies; an endpoint that receives it treats it as 400.",
        de: "Ein bestimmter Outbound-Flow zum User Agent ist ausgefallen, andere Flows können aber funktionieren. Der Code ist für Proxys gedacht; ein Endgerät behandelt ihn wie 400.",
    }
    433 ANONYMITY_DISALLOWED "Anonymity Disallowed" {
        status: Registered,
        refs: ["RFC 5079 §5"],
        aliases: [],
        en: "The server refuses the request because the requester is anonymous, for example because its identity is withheld.",
        de: "Der Server lehnt die Anfrage ab, weil der Anfragende anonym ist, etwa weil er seine Identität unterdrückt.",
    }
    436 BAD_IDENTITY_INFO "Bad Identity Info" {
        status: Registered,
        refs: ["RFC 8224 §6.2.2", "RFC 4474 §14.3"],
        former: "Bad Identity-Info",
        aliases: [],
        en: "The URI in the info parameter of the Identity header (before RFC 8224, the Identity-Info header) is invalid, cannot be dereferenced, or uses an unsupported scheme.",
        de: "Die URI im info-Parameter des Identity-Headers (vor RFC 8224 im Identity-Info-Header) ist ungültig, nicht abrufbar oder nutzt ein nicht unterstütztes Schema.",
    }
    437 UNSUPPORTED_CREDENTIAL "Unsupported Credential" {
        status: Registered,
        refs: ["RFC 8224 §6.2.2", "RFC 4474 §14.4"],
        former: "Unsupported Certificate",
        aliases: [],
        en: "The verifier can obtain the credential, such as a certificate, that the Identity header refers to, or already holds it, but does not support it, for example because it does not trust the issuer or does not support the algorithm.",
        de: "Der Prüfer kann den Berechtigungsnachweis, etwa ein Zertifikat, auf den der Identity-Header verweist, beschaffen oder hat ihn schon, unterstützt ihn aber nicht, etwa weil er dem Aussteller nicht vertraut oder den Algorithmus nicht unterstützt.",
    }
    438 INVALID_IDENTITY_HEADER "Invalid Identity Header" {
        status: Registered,
        refs: ["RFC 8224 §6.2.2"],
        aliases: [],
        en: "The signature in the Identity header does not verify against the message, so the asserted identity cannot be trusted.",
        de: "Die Signatur im Identity-Header passt nicht zur Nachricht, daher ist die behauptete Identität nicht vertrauenswürdig.",
    }
    439 FIRST_HOP_LACKS_OUTBOUND_SUPPORT "First Hop Lacks Outbound Support" {
        status: Registered,
        refs: ["RFC 5626 §11.6"],
        aliases: [],
        en: "The registrar supports SIP Outbound, but the first-hop proxy on the registration path does not, so the outbound registration asked for cannot be made.",
        de: "Der Registrar unterstützt SIP Outbound, der erste Proxy auf dem Registrierungsweg aber nicht, daher ist die gewünschte Outbound-Registrierung nicht möglich.",
    }
    440 MAX_BREADTH_EXCEEDED "Max-Breadth Exceeded" {
        status: Registered,
        refs: ["RFC 5393 §5.3.3"],
        aliases: [],
        en: "The request's Max-Breadth is used up, so the proxy cannot fork it into more parallel branches; the proxy sends 440 only when it will neither try the targets one after another nor redirect instead.",
        de: "Das Max-Breadth-Budget der Anfrage ist aufgebraucht, daher kann der Proxy sie nicht auf weitere parallele Zweige verteilen; er sendet 440 nur, wenn er die Ziele weder nacheinander versucht noch stattdessen umleitet.",
    }
    469 BAD_INFO_PACKAGE "Bad Info Package" {
        status: Registered,
        refs: ["RFC 6086 §4.2.2"],
        aliases: [],
        en: "The recipient of an INFO request does not accept the Info Package it names; the Recv-Info header of the response lists those it does.",
        de: "Der Empfänger einer INFO-Anfrage nimmt das darin genannte Info-Package nicht an; der Recv-Info-Header der Antwort nennt die akzeptierten.",
    }
    470 CONSENT_NEEDED "Consent Needed" {
        status: Registered,
        refs: ["RFC 5360 §5.9.2"],
        aliases: [],
        en: "A relay will not act on a request whose URI list holds at least one recipient for which it has no permission, that is, no consent to send it traffic; Permission-Missing should list those URIs.",
        de: "Ein Relay führt eine Anfrage nicht aus, deren URI-Liste mindestens einen Empfänger enthält, für den es keine Erlaubnis hat, also keine Zustimmung, ihm Verkehr zu senden; Permission-Missing sollte diese URIs nennen.",
    }
    480 TEMPORARILY_UNAVAILABLE "Temporarily Unavailable" {
        status: Registered,
        refs: ["RFC 3261 §21.4.18"],
        aliases: ["Temporarily not available"],
        en: "The callee was reached or is known, but is currently unavailable, for example not logged in or in do-not-disturb; Retry-After may suggest a better time.",
        de: "Der Angerufene wurde erreicht oder ist bekannt, ist aber derzeit nicht verfügbar, etwa nicht angemeldet oder im Modus „Bitte nicht stören“; Retry-After kann einen besseren Zeitpunkt nennen.",
    }
    481 CALL_TRANSACTION_DOES_NOT_EXIST "Call/Transaction Does Not Exist" {
        status: Registered,
        refs: ["RFC 3261 §21.4.19"],
        aliases: ["Call Leg/Transaction Does Not Exist"],
        en: "The request, such as a BYE or CANCEL, matches no dialog or transaction that the UAS knows.",
        de: "Die Anfrage, etwa ein BYE oder CANCEL, gehört zu keinem Dialog und keiner Transaktion, die der UAS kennt.",
    }
    482 LOOP_DETECTED "Loop Detected" {
        status: Registered,
        refs: ["RFC 3261 §21.4.20"],
        aliases: [],
        en: "The server has detected that the request is looping back to it.",
        de: "Der Server hat erkannt, dass die Anfrage in einer Schleife wieder bei ihm ankommt.",
    }
    483 TOO_MANY_HOPS "Too Many Hops" {
        status: Registered,
        refs: ["RFC 3261 §21.4.21"],
        aliases: [],
        en: "The request arrived with Max-Forwards at zero, so it may not be forwarded any further.",
        de: "Die Anfrage kam mit Max-Forwards gleich null an und darf nicht weitergeleitet werden.",
    }
    484 ADDRESS_INCOMPLETE "Address Incomplete" {
        status: Registered,
        refs: ["RFC 3261 §21.4.22"],
        aliases: [],
        en: "The Request-URI is incomplete, as with a number dialled only in part during overlap dialling.",
        de: "Die Request-URI ist unvollständig, etwa eine nur teilweise gewählte Nummer bei Nachwahl/Einzelwahl (Overlap Dialing).",
    }
    485 AMBIGUOUS "Ambiguous" {
        status: Registered,
        refs: ["RFC 3261 §21.4.23"],
        aliases: [],
        en: "The Request-URI is ambiguous; the response may list unambiguous addresses in Contact.",
        de: "Die Request-URI ist mehrdeutig; die Antwort kann eindeutige Adressen im Contact-Header vorschlagen.",
    }
    486 BUSY_HERE "Busy Here" {
        status: Registered,
        refs: ["RFC 3261 §21.4.24"],
        aliases: [],
        en: "The callee's end system was reached, but the callee cannot or will not take another call there; they may be reachable elsewhere, for example through voicemail.",
        de: "Das Endgerät des Angerufenen wurde erreicht, doch dieser kann oder will dort keinen weiteren Anruf annehmen; er ist womöglich anderswo erreichbar, etwa über eine Sprachbox.",
    }
    487 REQUEST_TERMINATED "Request Terminated" {
        status: Registered,
        refs: ["RFC 3261 §21.4.25"],
        aliases: ["Request Cancelled", "Request Canceled"],
        en: "The request was ended by a CANCEL or BYE before it completed, typically an INVITE that the caller cancelled.",
        de: "Die Anfrage wurde vor ihrem Abschluss durch CANCEL oder BYE beendet, typischerweise ein INVITE, das der Anrufer abgebrochen hat.",
    }
    488 NOT_ACCEPTABLE_HERE "Not Acceptable Here" {
        status: Registered,
        refs: ["RFC 3261 §21.4.26"],
        aliases: [],
        en: "Part of the proposed session, such as codecs or media types, is not acceptable at this endpoint, though it may be elsewhere; a body may describe what is supported.",
        de: "Ein Teil der angebotenen Sitzung, etwa Codecs oder Medientypen, ist an diesem Endpunkt nicht annehmbar, anderswo womöglich schon; ein Body kann die unterstützten Fähigkeiten beschreiben.",
    }
    489 BAD_EVENT "Bad Event" {
        status: Registered,
        refs: ["RFC 6665 §8.3.2", "RFC 3265 §7.3.2"],
        aliases: ["Event Package Not Supported"],
        en: "The server does not support the event package named in the Event header of a SUBSCRIBE, NOTIFY or PUBLISH; the response may list those it does in Allow-Events.",
        de: "Der Server unterstützt das im Event-Header eines SUBSCRIBE, NOTIFY oder PUBLISH genannte Event-Package nicht; die Antwort kann die unterstützten in Allow-Events nennen.",
    }
    491 REQUEST_PENDING "Request Pending" {
        status: Registered,
        refs: ["RFC 3261 §21.4.27"],
        aliases: [],
        en: "The UAS has a request of its own pending in the same dialog, as when two re-INVITEs cross; the client retries after a random delay.",
        de: "Der UAS hat im selben Dialog selbst eine Anfrage offen, etwa wenn sich zwei Re-INVITEs kreuzen; der Client wiederholt nach einer zufälligen Wartezeit.",
    }
    493 UNDECIPHERABLE "Undecipherable" {
        status: Registered,
        refs: ["RFC 3261 §21.4.28"],
        aliases: [],
        en: "The request carries an encrypted S/MIME body for which the UAS has no suitable decryption key, or will not use one.",
        de: "Die Anfrage enthält einen verschlüsselten S/MIME-Body, für den der UAS keinen passenden Schlüssel hat oder keinen verwenden will.",
    }
    494 SECURITY_AGREEMENT_REQUIRED "Security Agreement Required" {
        status: Registered,
        refs: ["RFC 3329 §2.3.1"],
        aliases: [],
        en: "The server requires a security mechanism agreement before it processes the request; its Security-Server header lists the mechanisms it supports.",
        de: "Der Server verlangt vor der Bearbeitung eine Vereinbarung über den Sicherheitsmechanismus; sein Security-Server-Header nennt die unterstützten Mechanismen.",
    }

    // 5xx: server error (RFC 3261 §21.5)
    500 SERVER_INTERNAL_ERROR "Server Internal Error" {
        status: Registered,
        refs: ["RFC 3261 §21.5.1"],
        aliases: ["Internal Server Error"],
        en: "The server met an unexpected condition that kept it from fulfilling the request; the client may retry after a few seconds, or when Retry-After says.",
        de: "Ein unerwarteter Zustand hat den Server an der Ausführung der Anfrage gehindert; der Client kann es nach einigen Sekunden oder zu dem per Retry-After genannten Zeitpunkt erneut versuchen.",
    }
    501 NOT_IMPLEMENTED "Not Implemented" {
        status: Registered,
        refs: ["RFC 3261 §21.5.2"],
        aliases: [],
        en: "The server does not support the functionality the request needs, typically a method it does not recognise for any user.",
        de: "Der Server unterstützt die für die Anfrage nötige Funktion nicht, typischerweise eine Methode, die er für keinen Benutzer kennt.",
    }
    502 BAD_GATEWAY "Bad Gateway" {
        status: Registered,
        refs: ["RFC 3261 §21.5.3"],
        aliases: [],
        en: "Acting as a gateway or proxy, the server received an invalid response from the downstream server it contacted.",
        de: "Als Gateway oder Proxy hat der Server vom nachgelagerten Server, den er ansprach, eine ungültige Antwort erhalten.",
    }
    503 SERVICE_UNAVAILABLE "Service Unavailable" {
        status: Registered,
        refs: ["RFC 3261 §21.5.4"],
        aliases: [],
        en: "The server is temporarily overloaded or in maintenance; Retry-After may say when to try again, and a client should try another server meanwhile.",
        de: "Der Server ist vorübergehend überlastet oder in Wartung; Retry-After kann den nächsten Versuch angeben, bis dahin sollte der Client einen anderen Server versuchen.",
    }
    504 SERVER_TIME_OUT "Server Time-out" {
        status: Registered,
        refs: ["RFC 3261 §21.5.5"],
        aliases: ["Server Timeout", "Gateway Time-out"],
        en: "The server did not get a timely response from another server, such as a location server, that it needed to process the request.",
        de: "Der Server hat von einem anderen Server, den er für die Bearbeitung brauchte, etwa einem Location-Server, nicht rechtzeitig eine Antwort erhalten.",
    }
    505 VERSION_NOT_SUPPORTED "Version Not Supported" {
        status: Registered,
        refs: ["RFC 3261 §21.5.6"],
        aliases: ["SIP Version Not Supported"],
        en: "The server does not support, or refuses to support, the SIP version used in the request.",
        de: "Der Server unterstützt die in der Anfrage verwendete SIP-Version nicht oder lehnt sie ab.",
    }
    513 MESSAGE_TOO_LARGE "Message Too Large" {
        status: Registered,
        refs: ["RFC 3261 §21.5.7"],
        aliases: [],
        en: "The message is longer than the server is able to process.",
        de: "Die Nachricht ist länger, als der Server verarbeiten kann.",
    }
    555 PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED "Push Notification Service Not Supported" {
        status: Registered,
        refs: ["RFC 8599 §8.1"],
        aliases: [],
        en: "The proxy does not support the push notification service that the user agent asked for in its REGISTER (the pn-provider parameter).",
        de: "Der Proxy unterstützt den Push-Benachrichtigungsdienst nicht, den der User Agent in seinem REGISTER angefordert hat (Parameter pn-provider).",
    }
    580 PRECONDITION_FAILURE "Precondition Failure" {
        status: Registered,
        refs: ["RFC 3312 §8"],
        aliases: [],
        en: "The UAS cannot or will not meet the preconditions the session requires, such as a quality-of-service resource reservation.",
        de: "Der UAS kann oder will die für die Sitzung verlangten Vorbedingungen, etwa eine Reservierung von Dienstgüte-Ressourcen, nicht erfüllen.",
    }

    // 6xx: global failure (RFC 3261 §21.6)
    600 BUSY_EVERYWHERE "Busy Everywhere" {
        status: Registered,
        refs: ["RFC 3261 §21.6.1"],
        aliases: [],
        en: "The callee is busy and does not wish to take the call now, and no other end point, such as voicemail, will answer; unlike 486, the call should not be tried elsewhere.",
        de: "Der Angerufene ist besetzt und möchte den Anruf jetzt nicht annehmen, und kein anderer Endpunkt, etwa eine Sprachbox, wird antworten; anders als bei 486 sollte der Anruf nicht anderswo versucht werden.",
    }
    603 DECLINE "Decline" {
        status: Registered,
        refs: ["RFC 3261 §21.6.2"],
        aliases: ["Declined"],
        en: "The callee's device was reached, but the user explicitly does not wish to or cannot take part, and no other end point will answer.",
        de: "Das Gerät des Angerufenen wurde erreicht, doch der Benutzer will oder kann ausdrücklich nicht teilnehmen, und kein anderer Endpunkt wird antworten.",
    }
    604 DOES_NOT_EXIST_ANYWHERE "Does Not Exist Anywhere" {
        status: Registered,
        refs: ["RFC 3261 §21.6.3"],
        aliases: [],
        en: "The server has authoritative information that the user in the Request-URI does not exist anywhere.",
        de: "Der Server weiß verbindlich, dass der Benutzer aus der Request-URI nirgends existiert.",
    }
    606 NOT_ACCEPTABLE_ANYWHERE "Not Acceptable" {
        status: Registered,
        refs: ["RFC 3261 §21.6.4"],
        aliases: [],
        en: "The user's agent was reached and the user wants to communicate, but cannot support parts of the proposed session, such as media, bandwidth or addressing, anywhere.",
        de: "Der User Agent wurde erreicht und der Benutzer möchte kommunizieren, kann aber Teile der angebotenen Sitzung wie Medien, Bandbreite oder Adressierung nirgends unterstützen.",
    }
    607 UNWANTED "Unwanted" {
        status: Registered,
        refs: ["RFC 8197 §4"],
        aliases: [],
        en: "The called party does not want calls from this caller, typically marking it as nuisance or spam; further attempts from the caller are likely to be rejected too.",
        de: "Der Angerufene möchte keine Anrufe von diesem Anrufer und kennzeichnet ihn meist als belästigend oder Spam; weitere Versuche dieses Anrufers werden wahrscheinlich ebenfalls abgelehnt.",
    }
    608 REJECTED "Rejected" {
        status: Registered,
        refs: ["RFC 8688 §3.1"],
        aliases: [],
        en: "An intermediary such as a call-blocking or analytics service, not the called party, rejected the call; a Call-Info header may say whom the caller can contact about it.",
        de: "Eine Zwischeninstanz wie ein Anrufsperr- oder Analysedienst, nicht der Angerufene, hat den Anruf abgelehnt; ein Call-Info-Header kann nennen, an wen sich der Anrufer wenden kann.",
    }

    // 7xx: local codes, never sent on the wire; 701 is sipstatus's own
    701 PARTY_HANGS_UP "Party Hangs Up" {
        status: NonStandard,
        refs: [],
        aliases: [],
        en: "Not a SIP response: a local code of sipstatus itself, reporting that the remote party hung up, and not another stack's meaning (pjsip's 701 means no response from the destination server). It is never sent on the wire.",
        de: "Keine SIP-Antwort: ein lokaler Code von sipstatus selbst, der meldet, dass die Gegenstelle aufgelegt hat, nicht die Bedeutung eines anderen Stacks (bei pjsip heißt 701, dass der Zielserver nicht antwortet). Er wird nie über das Netz gesendet.",
    }
}

/// The number of codes from 100 to 799: the length of the dense per-code
/// arrays.
const SPAN: usize = 700;

/// Marks a code without an entry in [`ENTRY_INDEX`].
const NO_ENTRY: u8 = u8::MAX;

/// Every entry, in code order.
static ENTRIES: [Entry; COUNT] = ENTRY_ARRAY;

/// For each code from 100, the position of its entry in [`ENTRIES`].
static ENTRY_INDEX: [u8; SPAN] = build_entry_index();

/// For each code from 100, its reason phrase: code→phrase is one index.
pub(crate) static PHRASES: [Option<&'static str>; SPAN] = build_phrases();

const fn build_entry_index() -> [u8; SPAN] {
    assert!(COUNT < NO_ENTRY as usize, "the table outgrew its u8 index");
    let mut index = [NO_ENTRY; SPAN];
    let mut i = 0;
    while i < COUNT {
        let code = ENTRY_ARRAY[i].code.as_u16();
        if i > 0 && ENTRY_ARRAY[i - 1].code.as_u16() >= code {
            panic!("table rows must be in code order, each code once");
        }
        index[(code - 100) as usize] = i as u8;
        i += 1;
    }
    index
}

const fn build_phrases() -> [Option<&'static str>; SPAN] {
    let mut phrases = [None; SPAN];
    let mut i = 0;
    while i < COUNT {
        let entry = &ENTRY_ARRAY[i];
        phrases[(entry.code.as_u16() - 100) as usize] = Some(entry.phrase.as_str());
        i += 1;
    }
    phrases
}

/// Every entry, in code order.
pub(crate) const fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The position in [`ENTRIES`] of the code `100 + offset`, if the table
/// holds it.
#[inline]
pub(crate) fn position_at_offset(offset: usize) -> Option<usize> {
    match ENTRY_INDEX[offset] {
        NO_ENTRY => None,
        position => Some(usize::from(position)),
    }
}

/// The entry of the code `100 + offset`, if the table holds one.
#[inline]
pub(crate) fn entry_at_offset(offset: usize) -> Option<&'static Entry> {
    ENTRIES.get(usize::from(ENTRY_INDEX[offset]))
}
