//! The cause table: every cause value ITU-T Q.850 defines, written once.
//!
//! Each row gives the value, the constant name, the name as Q.850 gives it,
//! the defining document and a description in English and German in our own
//! words. Rows are in value order; a duplicated or unsorted value stops
//! compilation. The class is not written per row: it follows from the
//! value's top three bits (Q.850 §2.2.5), so it cannot disagree.
//!
//! Sources: ITU-T Q.850 (05/1998) §2.2.7 "Cause definitions", with cause 14
//! from its Addendum 1 and cause 24 from its Amendment 1. Values Q.850
//! leaves unassigned or to national use (for example 52 and 54, which some
//! stacks use for ANSI "barred" causes) are not rows.

use super::CauseEntry;

q850_cause_table! {
    // Normal class, values 0 to 31 (Q.850 §2.2.7)
    1 UNALLOCATED_NUMBER "Unallocated (unassigned) number" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called number is valid in format but is not currently assigned to anyone.",
        de: "Die gewählte Nummer ist formal gültig, ist aber derzeit niemandem zugeteilt.",
    }
    2 NO_ROUTE_TO_TRANSIT_NETWORK "No route to specified transit network" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The transit network the caller asked for is unknown to, or not served by, the network that received the request.",
        de: "Das vom Anrufer verlangte Transitnetz ist dem empfangenden Netz unbekannt oder wird von ihm nicht bedient.",
    }
    3 NO_ROUTE_TO_DESTINATION "No route to destination" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network through which the call was routed does not serve the destination.",
        de: "Das Netz, über das der Anruf geleitet wurde, bedient das Ziel nicht.",
    }
    4 SEND_SPECIAL_INFORMATION_TONE "Send special information tone" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The call cannot be completed for a long-term reason, and the caller should hear the special information tone.",
        de: "Der Anruf kann aus einem dauerhaften Grund nicht zustande kommen; der Anrufer soll den Sonderinformationston hören.",
    }
    5 MISDIALLED_TRUNK_PREFIX "Misdialled trunk prefix" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The caller dialled a trunk prefix in error, for example a national prefix the number must not carry.",
        de: "Der Anrufer hat irrtümlich ein Verkehrsausscheidungspräfix gewählt, etwa eine nationale Vorwahl, die die Nummer nicht tragen darf.",
    }
    6 CHANNEL_UNACCEPTABLE "Channel unacceptable" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The channel most recently identified is not acceptable to the sending entity for this call.",
        de: "Der zuletzt bezeichnete Kanal ist für die sendende Stelle bei diesem Anruf nicht annehmbar.",
    }
    7 CALL_AWARDED_IN_ESTABLISHED_CHANNEL "Call awarded and being delivered in an established channel" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The user has been given an incoming call that is delivered on a channel already set up for similar calls, such as a packet-mode virtual call.",
        de: "Dem Benutzer wurde ein ankommender Anruf zugeteilt, der über einen bereits für gleichartige Anrufe aufgebauten Kanal zugestellt wird, etwa eine virtuelle Paketverbindung.",
    }
    8 PREEMPTION "Preemption" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The call is being cleared because a call of higher precedence took its resources.",
        de: "Der Anruf wird ausgelöst, weil ein Anruf höherer Priorität seine Ressourcen übernommen hat.",
    }
    9 PREEMPTION_CIRCUIT_RESERVED "Preemption - circuit reserved for reuse" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The call is being cleared by preemption, and the circuit is held back for the preempting call to reuse.",
        de: "Der Anruf wird durch Vorrang ausgelöst, und die Leitung bleibt für die Wiederverwendung durch den vorrangigen Anruf reserviert.",
    }
    14 QOR_PORTED_NUMBER "QoR: ported number" {
        refs: ["ITU-T Q.850 Add.1"],
        en: "A number portability query on release found that the called number has been ported to another network.",
        de: "Eine Rufnummernportierungs-Abfrage beim Auslösen hat ergeben, dass die gewählte Nummer in ein anderes Netz portiert wurde.",
    }
    16 NORMAL_CALL_CLEARING "Normal call clearing" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "One of the users involved asked for the call to be cleared: the ordinary end of a call.",
        de: "Einer der beteiligten Benutzer hat das Auslösen des Anrufs verlangt: das gewöhnliche Ende eines Gesprächs.",
    }
    17 USER_BUSY "User busy" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called user cannot accept another call, although the equipment is compatible with it.",
        de: "Der Angerufene kann keinen weiteren Anruf annehmen, obwohl seine Einrichtung mit dem Anruf verträglich ist.",
    }
    18 NO_USER_RESPONDING "No user responding" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called user did not answer the call setup with an alerting or connect indication within the allowed time.",
        de: "Der Angerufene hat auf den Verbindungsaufbau nicht rechtzeitig mit einer Rufzustands- oder Verbindungsmeldung reagiert.",
    }
    19 NO_ANSWER_FROM_USER "No answer from user (user alerted)" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called user was alerted, but did not answer within the allowed time.",
        de: "Der Angerufene wurde gerufen, hat aber nicht rechtzeitig abgenommen.",
    }
    20 SUBSCRIBER_ABSENT "Subscriber absent" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called mobile station is logged off, out of radio coverage, or otherwise not reachable.",
        de: "Die angerufene Mobilstation ist abgemeldet, außerhalb der Funkversorgung oder anderweitig nicht erreichbar.",
    }
    21 CALL_REJECTED "Call rejected" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called equipment could have accepted the call, but refused it, although it was neither busy nor incompatible.",
        de: "Die angerufene Einrichtung hätte den Anruf annehmen können, hat ihn aber abgelehnt, obwohl sie weder besetzt noch unverträglich war.",
    }
    22 NUMBER_CHANGED "Number changed" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called number is no longer assigned; the diagnostic field may carry the new number.",
        de: "Die gewählte Nummer ist nicht mehr zugeteilt; das Diagnosefeld kann die neue Nummer enthalten.",
    }
    23 REDIRECTION_TO_NEW_DESTINATION "Redirection to new destination" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "An exchange decided that the call should be set up to a different called number and releases it for rerouting.",
        de: "Eine Vermittlungsstelle hat entschieden, dass der Anruf zu einer anderen Zielnummer aufgebaut werden soll, und löst ihn für die Umleitung aus.",
    }
    24 CALL_REJECTED_DUE_TO_FEATURE "Call rejected due to feature at the destination" {
        refs: ["ITU-T Q.850 Amd.1"],
        en: "A supplementary service at the destination, such as an anonymous call rejection, refused the call.",
        de: "Ein Leistungsmerkmal am Ziel, etwa die Abweisung anonymer Anrufe, hat den Anruf abgelehnt.",
    }
    25 EXCHANGE_ROUTING_ERROR "Exchange routing error" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "An exchange along the route could not route the call onward, for example because the hop counter ran out.",
        de: "Eine Vermittlungsstelle auf dem Weg konnte den Anruf nicht weiterleiten, etwa weil der Hop-Zähler abgelaufen war.",
    }
    26 NON_SELECTED_USER_CLEARING "Non-selected user clearing" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The user was offered the call, but another user was awarded it.",
        de: "Dem Benutzer wurde der Anruf angeboten, aber ein anderer Benutzer hat ihn erhalten.",
    }
    27 DESTINATION_OUT_OF_ORDER "Destination out of order" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The destination interface is not working correctly, so signalling could not reach the remote user.",
        de: "Die Schnittstelle zum Ziel arbeitet nicht richtig, sodass die Zeichengabe den entfernten Benutzer nicht erreichen konnte.",
    }
    28 INVALID_NUMBER_FORMAT "Invalid number format (address incomplete)" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called number is not in a valid format or is incomplete.",
        de: "Die gewählte Nummer hat kein gültiges Format oder ist unvollständig.",
    }
    29 FACILITY_REJECTED "Facility rejected" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network cannot provide a supplementary service the user asked for.",
        de: "Das Netz kann ein vom Benutzer verlangtes Leistungsmerkmal nicht erbringen.",
    }
    30 RESPONSE_TO_STATUS_ENQUIRY "Response to STATUS ENQUIRY" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "Carried in a STATUS message sent because a STATUS ENQUIRY was received.",
        de: "Steht in einer STATUS-Nachricht, die als Antwort auf eine empfangene STATUS ENQUIRY gesendet wird.",
    }
    31 NORMAL_UNSPECIFIED "Normal, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A normal event that no other cause of the normal class describes; an unrecognised cause from 0 to 31 is treated as this one.",
        de: "Ein normales Ereignis, das keine andere Ursache der Normalklasse beschreibt; eine unbekannte Ursache von 0 bis 31 wird wie diese behandelt.",
    }

    // Resource unavailable class, values 32 to 47 (Q.850 §2.2.7)
    34 NO_CIRCUIT_AVAILABLE "No circuit/channel available" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "No circuit or channel is currently free to carry the call.",
        de: "Derzeit ist keine Leitung und kein Kanal frei, um den Anruf zu führen.",
    }
    38 NETWORK_OUT_OF_ORDER "Network out of order" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network is not working correctly and the condition is likely to last a relatively long time, so an immediate retry is unlikely to succeed.",
        de: "Das Netz arbeitet nicht richtig, und der Zustand dauert wahrscheinlich länger an, sodass ein sofortiger neuer Versuch kaum Erfolg hat.",
    }
    39 PERMANENT_FRAME_MODE_OUT_OF_SERVICE "Permanent frame mode connection out of service" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A permanently established frame mode connection is out of service, for example because of equipment or section failure.",
        de: "Eine fest eingerichtete Verbindung im Frame-Modus ist außer Betrieb, etwa wegen eines Geräte- oder Abschnittsausfalls.",
    }
    40 PERMANENT_FRAME_MODE_OPERATIONAL "Permanent frame mode connection operational" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A permanently established frame mode connection is working again and can carry user information.",
        de: "Eine fest eingerichtete Verbindung im Frame-Modus ist wieder betriebsbereit und kann Nutzdaten übertragen.",
    }
    41 TEMPORARY_FAILURE "Temporary failure" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network is not working correctly but the condition is unlikely to last long, so the caller may try again at once.",
        de: "Das Netz arbeitet nicht richtig, der Zustand dauert aber wahrscheinlich nicht lange, sodass der Anrufer es sofort erneut versuchen kann.",
    }
    42 SWITCHING_EQUIPMENT_CONGESTION "Switching equipment congestion" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The switching equipment that generated this cause is overloaded.",
        de: "Die Vermittlungseinrichtung, die diese Ursache erzeugt hat, ist überlastet.",
    }
    43 ACCESS_INFORMATION_DISCARDED "Access information discarded" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network could not deliver some access information, such as user-to-user information or a subaddress, to the remote user as asked.",
        de: "Das Netz konnte bestimmte Zugangsinformationen, etwa Benutzer-zu-Benutzer-Informationen oder eine Subadresse, nicht wie verlangt an den entfernten Benutzer übergeben.",
    }
    44 REQUESTED_CIRCUIT_NOT_AVAILABLE "Requested circuit/channel not available" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The other side cannot provide the specific circuit or channel that was asked for.",
        de: "Die Gegenseite kann die ausdrücklich verlangte Leitung oder den verlangten Kanal nicht bereitstellen.",
    }
    46 PRECEDENCE_CALL_BLOCKED "Precedence call blocked" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "There are no preemptable circuits, or the called user is busy with a call of equal or higher precedence.",
        de: "Es gibt keine Leitungen, die verdrängt werden dürfen, oder der Angerufene führt bereits einen Anruf gleicher oder höherer Priorität.",
    }
    47 RESOURCE_UNAVAILABLE_UNSPECIFIED "Resource unavailable, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A resource is unavailable and no other cause of its class applies; an unrecognised cause from 32 to 47 is treated as this one.",
        de: "Eine Ressource ist nicht verfügbar, und keine andere Ursache dieser Klasse passt; eine unbekannte Ursache von 32 bis 47 wird wie diese behandelt.",
    }

    // Service or option not available class, values 48 to 63 (Q.850 §2.2.7)
    49 QUALITY_OF_SERVICE_NOT_AVAILABLE "Quality of service not available" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The requested quality of service cannot be provided.",
        de: "Die verlangte Dienstgüte kann nicht bereitgestellt werden.",
    }
    50 REQUESTED_FACILITY_NOT_SUBSCRIBED "Requested facility not subscribed" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The network implements the requested supplementary service, but the user has no subscription to it.",
        de: "Das Netz bietet das verlangte Leistungsmerkmal an, der Benutzer hat es aber nicht abonniert.",
    }
    53 OUTGOING_CALLS_BARRED_WITHIN_CUG "Outgoing calls barred within CUG" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The caller is a member of the closed user group, but outgoing calls from members are barred within it.",
        de: "Der Anrufer gehört der geschlossenen Benutzergruppe an, innerhalb der abgehende Anrufe seiner Mitglieder gesperrt sind.",
    }
    55 INCOMING_CALLS_BARRED_WITHIN_CUG "Incoming calls barred within CUG" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The called user is a member of the closed user group, but incoming calls to members are barred within it.",
        de: "Der Angerufene gehört der geschlossenen Benutzergruppe an, innerhalb der ankommende Anrufe an Mitglieder gesperrt sind.",
    }
    57 BEARER_CAPABILITY_NOT_AUTHORIZED "Bearer capability not authorized" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The equipment offers the requested bearer capability, but the user is not allowed to use it.",
        de: "Die Einrichtung bietet die verlangte Übertragungsfähigkeit, der Benutzer darf sie aber nicht nutzen.",
    }
    58 BEARER_CAPABILITY_NOT_AVAILABLE "Bearer capability not presently available" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The equipment offers the requested bearer capability, but it is not available at the moment.",
        de: "Die Einrichtung bietet die verlangte Übertragungsfähigkeit, sie ist aber im Moment nicht verfügbar.",
    }
    62 INCONSISTENT_OUTGOING_ACCESS "Inconsistency in designated outgoing access information and subscriber class" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The outgoing access the caller asked for does not agree with the caller's subscriber class.",
        de: "Der vom Anrufer verlangte abgehende Zugang passt nicht zu seiner Teilnehmerklasse.",
    }
    63 SERVICE_NOT_AVAILABLE_UNSPECIFIED "Service or option not available, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A service or option is not available and no other cause of its class applies; an unrecognised cause from 48 to 63 is treated as this one.",
        de: "Ein Dienst oder eine Option ist nicht verfügbar, und keine andere Ursache dieser Klasse passt; eine unbekannte Ursache von 48 bis 63 wird wie diese behandelt.",
    }

    // Service or option not implemented class, values 64 to 79 (Q.850 §2.2.7)
    65 BEARER_CAPABILITY_NOT_IMPLEMENTED "Bearer capability not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The equipment sending this cause does not support the requested bearer capability.",
        de: "Die Einrichtung, die diese Ursache sendet, unterstützt die verlangte Übertragungsfähigkeit nicht.",
    }
    66 CHANNEL_TYPE_NOT_IMPLEMENTED "Channel type not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The equipment sending this cause does not support the requested channel type.",
        de: "Die Einrichtung, die diese Ursache sendet, unterstützt den verlangten Kanaltyp nicht.",
    }
    69 REQUESTED_FACILITY_NOT_IMPLEMENTED "Requested facility not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The equipment sending this cause does not support the requested supplementary service.",
        de: "Die Einrichtung, die diese Ursache sendet, unterstützt das verlangte Leistungsmerkmal nicht.",
    }
    70 ONLY_RESTRICTED_DIGITAL_AVAILABLE "Only restricted digital information bearer capability is available" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "An unrestricted digital bearer was asked for, but the equipment can only offer the restricted version.",
        de: "Verlangt wurde eine uneingeschränkte digitale Übertragung, die Einrichtung kann aber nur die eingeschränkte Variante anbieten.",
    }
    79 SERVICE_NOT_IMPLEMENTED_UNSPECIFIED "Service or option not implemented, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A service or option is not implemented and no other cause of its class applies; an unrecognised cause from 64 to 79 is treated as this one.",
        de: "Ein Dienst oder eine Option ist nicht implementiert, und keine andere Ursache dieser Klasse passt; eine unbekannte Ursache von 64 bis 79 wird wie diese behandelt.",
    }

    // Invalid message class, values 80 to 95 (Q.850 §2.2.7)
    81 INVALID_CALL_REFERENCE "Invalid call reference value" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message arrived with a call reference that is not in use on this interface.",
        de: "Eine Nachricht traf mit einer Rufreferenz ein, die an dieser Schnittstelle nicht belegt ist.",
    }
    82 IDENTIFIED_CHANNEL_DOES_NOT_EXIST "Identified channel does not exist" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A call asked for a channel that is not activated on the interface.",
        de: "Ein Anruf verlangte einen Kanal, der an der Schnittstelle nicht aktiviert ist.",
    }
    83 SUSPENDED_CALL_EXISTS "A suspended call exists, but this call identity does not" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A call resume was attempted with a call identity that matches none of the suspended calls.",
        de: "Ein Anruf sollte fortgesetzt werden, doch die angegebene Rufidentität passt zu keinem der geparkten Anrufe.",
    }
    84 CALL_IDENTITY_IN_USE "Call identity in use" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A call suspend asked for a call identity that another suspended call already uses.",
        de: "Beim Parken eines Anrufs wurde eine Rufidentität verlangt, die schon ein anderer geparkter Anruf belegt.",
    }
    85 NO_CALL_SUSPENDED "No call suspended" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A call resume was attempted, but no call is suspended.",
        de: "Ein Anruf sollte fortgesetzt werden, es ist aber kein Anruf geparkt.",
    }
    86 CALL_IDENTITY_CLEARED "Call having the requested call identity has been cleared" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The suspended call that a resume asked for was cleared while it was suspended.",
        de: "Der geparkte Anruf, der fortgesetzt werden sollte, wurde während des Parkens ausgelöst.",
    }
    87 USER_NOT_MEMBER_OF_CUG "User not member of CUG" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The call is a closed user group call, but the called user is not a member of that group.",
        de: "Der Anruf ist ein Anruf einer geschlossenen Benutzergruppe, der Angerufene gehört ihr aber nicht an.",
    }
    88 INCOMPATIBLE_DESTINATION "Incompatible destination" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The destination cannot handle the call's compatibility attributes, such as its bearer or lower- or higher-layer compatibility.",
        de: "Das Ziel kann die Verträglichkeitsmerkmale des Anrufs, etwa Übertragungsfähigkeit oder Kompatibilität höherer oder niedrigerer Schichten, nicht erfüllen.",
    }
    90 NON_EXISTENT_CUG "Non-existent CUG" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The closed user group named in the call does not exist.",
        de: "Die im Anruf genannte geschlossene Benutzergruppe existiert nicht.",
    }
    91 INVALID_TRANSIT_NETWORK_SELECTION "Invalid transit network selection" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A transit network identification was received in an incorrect format.",
        de: "Eine Transitnetz-Kennung wurde in einem falschen Format empfangen.",
    }
    95 INVALID_MESSAGE_UNSPECIFIED "Invalid message, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message was invalid and no other cause of its class applies; an unrecognised cause from 80 to 95 is treated as this one.",
        de: "Eine Nachricht war ungültig, und keine andere Ursache dieser Klasse passt; eine unbekannte Ursache von 80 bis 95 wird wie diese behandelt.",
    }

    // Protocol error class, values 96 to 111 (Q.850 §2.2.7)
    96 MANDATORY_IE_MISSING "Mandatory information element is missing" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message lacks an information element that must be present before it can be processed.",
        de: "Einer Nachricht fehlt ein Informationselement, das für ihre Verarbeitung vorhanden sein muss.",
    }
    97 MESSAGE_TYPE_NOT_IMPLEMENTED "Message type non-existent or not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message of a type that is undefined, or defined but not implemented by the receiver, was received.",
        de: "Eine Nachricht eines Typs wurde empfangen, der nicht definiert ist oder vom Empfänger nicht implementiert wird.",
    }
    98 MESSAGE_NOT_COMPATIBLE_OR_NOT_IMPLEMENTED "Message not compatible with call state or message type non-existent or not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A received message is not allowed in the current call state, or is of an undefined or unimplemented type.",
        de: "Eine empfangene Nachricht ist im aktuellen Rufzustand nicht erlaubt oder hat einen undefinierten oder nicht implementierten Typ.",
    }
    99 IE_NOT_IMPLEMENTED "Information element/parameter non-existent or not implemented" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message carried an information element or parameter the receiver does not know; it was discarded and the message processed without it.",
        de: "Eine Nachricht enthielt ein Informationselement oder einen Parameter, den der Empfänger nicht kennt; er wurde verworfen und die Nachricht ohne ihn verarbeitet.",
    }
    100 INVALID_IE_CONTENTS "Invalid information element contents" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A received information element is implemented, but one or more of its fields are coded in a way the receiver does not implement.",
        de: "Ein empfangenes Informationselement ist implementiert, doch eines oder mehrere seiner Felder sind auf eine nicht implementierte Weise codiert.",
    }
    101 MESSAGE_NOT_COMPATIBLE_WITH_CALL_STATE "Message not compatible with call state" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A message arrived that the procedures do not allow in the current call state.",
        de: "Eine Nachricht traf ein, die die Prozeduren im aktuellen Rufzustand nicht erlauben.",
    }
    102 RECOVERY_ON_TIMER_EXPIRY "Recovery on timer expiry" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A protocol timer expired and the error-handling procedures cleared the call.",
        de: "Ein Protokoll-Timer ist abgelaufen, und die Fehlerbehandlung hat den Anruf ausgelöst.",
    }
    103 PARAMETER_NOT_IMPLEMENTED_PASSED_ON "Parameter non-existent or not implemented - passed on" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "An exchange received a parameter it does not know and passed it on unchanged.",
        de: "Eine Vermittlungsstelle hat einen ihr unbekannten Parameter empfangen und unverändert weitergegeben.",
    }
    110 UNRECOGNIZED_PARAMETER_DISCARDED "Message with unrecognized parameter, discarded" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "An exchange discarded a message because it carried a parameter the exchange does not recognise.",
        de: "Eine Vermittlungsstelle hat eine Nachricht verworfen, weil sie einen unbekannten Parameter enthielt.",
    }
    111 PROTOCOL_ERROR_UNSPECIFIED "Protocol error, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "A protocol error occurred and no other cause of its class applies; an unrecognised cause from 96 to 111 is treated as this one.",
        de: "Ein Protokollfehler ist aufgetreten, und keine andere Ursache dieser Klasse passt; eine unbekannte Ursache von 96 bis 111 wird wie diese behandelt.",
    }

    // Interworking class, values 112 to 127 (Q.850 §2.2.7)
    127 INTERWORKING_UNSPECIFIED "Interworking, unspecified" {
        refs: ["ITU-T Q.850 §2.2.7"],
        en: "The call passed through a network that does not report causes for what it does, so the precise cause is unknown; an unrecognised cause from 112 to 127 is treated as this one.",
        de: "Der Anruf lief über ein Netz, das keine Ursachen für sein Handeln meldet, sodass die genaue Ursache unbekannt ist; eine unbekannte Ursache von 112 bis 127 wird wie diese behandelt.",
    }
}

/// The number of values from 0 to 127: the length of the dense index.
const SPAN: usize = 128;

/// Marks a value without an entry in [`ENTRY_INDEX`].
const NO_ENTRY: u8 = u8::MAX;

/// Every entry, in value order.
static ENTRIES: [CauseEntry; COUNT] = ENTRY_ARRAY;

/// For each value from 0 to 127, the position of its entry in [`ENTRIES`].
static ENTRY_INDEX: [u8; SPAN] = build_entry_index();

const fn build_entry_index() -> [u8; SPAN] {
    assert!(
        COUNT < NO_ENTRY as usize,
        "the cause table outgrew its u8 index"
    );
    let mut index = [NO_ENTRY; SPAN];
    let mut i = 0;
    while i < COUNT {
        let value = ENTRY_ARRAY[i].cause.as_u8();
        if i > 0 && ENTRY_ARRAY[i - 1].cause.as_u8() >= value {
            panic!("cause rows must be in value order, each value once");
        }
        index[value as usize] = i as u8;
        i += 1;
    }
    index
}

/// Every entry, in value order.
pub(crate) fn entries() -> &'static [CauseEntry] {
    &ENTRIES
}

/// The entry of a value from 0 to 127, if the table holds one.
#[inline]
pub(crate) fn entry_of(value: u8) -> Option<&'static CauseEntry> {
    ENTRY_INDEX
        .get(usize::from(value))
        .and_then(|&i| ENTRIES.get(usize::from(i)))
}

/// Whether the table holds the value, usable in `const` context.
pub(crate) const fn holds(value: u8) -> bool {
    (value as usize) < SPAN && ENTRY_INDEX[value as usize] != NO_ENTRY
}
